package cnnlab.engine.data;

import cnnlab.engine.Tensor;
import java.util.List;

/** Images with one class label each, as a trainer reads them. */
public interface LabelledImages {

    /** Number of images. */
    int size();

    /** Image {@code i}, {@code 0 ≤ i < size()}. */
    Tensor image(int i);

    /** The class of image {@code i}, an index into {@link #classNames()}. */
    int label(int i);

    /** The class names, in label order. */
    List<String> classNames();
}
