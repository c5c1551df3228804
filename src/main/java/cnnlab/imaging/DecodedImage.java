package cnnlab.imaging;

import java.awt.image.BufferedImage;

/**
 * A decoded image file, possibly shrunk while decoding because it was too large.
 *
 * @param image       the pixels decoded
 * @param fileHeight  rows of the image in the file
 * @param fileWidth   columns of the image in the file
 * @param subsampling every how-many-th pixel was read along each axis; 1 for all of them
 */
public record DecodedImage(BufferedImage image, int fileHeight, int fileWidth, int subsampling) {

    /** @return true when the image was shrunk while decoding */
    public boolean downscaled() {
        return subsampling > 1;
    }
}
