import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Says whether a snapshot is a real picture of the window: a PNG of the expected size with many
 * colours (a blank, black or single-colour image fails). Usage: java PngCheck.java FILE WIDTH HEIGHT
 */
public final class PngCheck {
    public static void main(String[] args) throws Exception {
        BufferedImage image = ImageIO.read(new File(args[0]));
        if (image == null) {
            fail(args[0] + " is not a PNG");
        }
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        if (image.getWidth() != width || image.getHeight() != height) {
            fail(args[0] + " is " + image.getWidth() + "x" + image.getHeight() + ", expected " + width + "x" + height);
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        // text, tints and borders give hundreds of colours; an empty or failed render gives a handful
        if (colours.size() < 50) {
            fail(args[0] + " has only " + colours.size() + " colours: not a rendered window");
        }
        System.out.println("ok: " + args[0] + " " + width + "x" + height + ", " + colours.size() + " colours");
    }

    private static void fail(String message) {
        System.err.println("FAIL: " + message);
        System.exit(1);
    }
}
