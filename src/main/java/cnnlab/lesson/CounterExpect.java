package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a parameter counter must show at its starting size; checked by the validator.
 *
 * @param dense parameters of the fully connected layer; null for no check
 * @param conv  parameters of the convolution; null for no check
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CounterExpect(Long dense, Long conv) {
}
