package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One step of a lesson; the JSON field {@code "type"} says which kind. Every step may have a
 * {@code title}; {@code text} is what the student reads beside the stage.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ProseStep.class, name = "prose"),
        @JsonSubTypes.Type(value = ConvolutionStep.class, name = "convolution"),
        @JsonSubTypes.Type(value = PoolingStep.class, name = "pooling"),
        @JsonSubTypes.Type(value = ReceptiveFieldStep.class, name = "receptiveField"),
        @JsonSubTypes.Type(value = NetworkStep.class, name = "network"),
        @JsonSubTypes.Type(value = ParameterCounterStep.class, name = "parameterCounter"),
        @JsonSubTypes.Type(value = PlaygroundStep.class, name = "playground"),
        @JsonSubTypes.Type(value = QuizStep.class, name = "quiz"),
        @JsonSubTypes.Type(value = TrainingStep.class, name = "training"),
        @JsonSubTypes.Type(value = GradientsStep.class, name = "gradients"),
        @JsonSubTypes.Type(value = InsightStep.class, name = "insight")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Step permits ProseStep, ConvolutionStep, PoolingStep, ReceptiveFieldStep, NetworkStep,
        ParameterCounterStep, PlaygroundStep, QuizStep, TrainingStep, GradientsStep, InsightStep {

    /** A short heading, or null. */
    Text title();

    /** What the student reads; null only for a quiz without an introduction. */
    Text text();
}
