package cnnlab.imaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes frames as an animated GIF that loops forever, with the JDK's own GIF writer (which
 * picks a palette of at most 256 colours per frame), saved through {@link AtomicFiles}.
 */
public final class AnimatedGif {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private AnimatedGif() {
    }

    /**
     * One frame of the animation.
     *
     * @param argb    the pixels, row-major, {@code width · height} of them
     * @param delayMs how long the frame shows, in milliseconds (GIF keeps hundredths of a second)
     */
    public record Frame(int[] argb, int delayMs) {
    }

    /**
     * Writes the frames, all {@code width × height}. Modified: {@code file} (replaced if it exists).
     *
     * @throws IOException when the file cannot be written
     * @throws IllegalArgumentException when there are no frames or a frame has the wrong size
     */
    public static void write(List<Frame> frames, int width, int height, Path file) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        AtomicFiles.write(file, out -> writeSequence(frames, width, height, out));
    }

    private static void writeSequence(List<Frame> frames, int width, int height, OutputStream file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(file)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Frame frame : frames) {
                var image = ArgbImages.image(frame.argb(), width, height);
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                        null);
                timing(metadata, frame.delayMs());
                writer.writeToSequence(new IIOImage(image, null, metadata), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** Sets the frame's delay and makes the animation loop forever (the NETSCAPE2.0 extension). */
    private static void timing(IIOMetadata metadata, int delayMs) throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(1, Math.round(delayMs / 10f))));
        control.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode extensions = child(root, "ApplicationExtensions");
        IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
        loop.setAttribute("applicationID", "NETSCAPE");
        loop.setAttribute("authenticationCode", "2.0");
        loop.setUserObject(new byte[] {1, 0, 0});
        extensions.appendChild(loop);
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
