import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws Stridescope's icon: a grid of byte cells, the ones a strided view reads lit up, and an
 * arrow hopping one stride from a lit cell to the next. One drawing (in a 256-unit square) makes
 * the SVG and every PNG, each drawn at its own size rather than scaled down, so 48 px stays crisp;
 * the .ico and .icns are containers of those PNGs for Windows and macOS.
 *
 * <p>Run from the repository root: {@code java scripts/icon/StridescopeIcon.java resources/icons}
 */
public final class StridescopeIcon {
    static final Color TOP = new Color(0x2b3a8c);
    static final Color BOTTOM = new Color(0x172554);
    static final Color READ = new Color(0x4ade80);
    static final Color ARROW = new Color(0xfbbf24);
    static final int COLS = 4;
    static final int ROWS = 3;
    static final double CELL = 36;
    static final double GAP = 10;
    static final double GRID_X = (256 - (COLS * CELL + (COLS - 1) * GAP)) / 2;
    static final double GRID_Y = 87; // as far from the bottom edge as the grid is from the sides

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "resources/icons");
        Files.createDirectories(dir);
        List<byte[]> pngs = new ArrayList<>();
        for (int size : new int[] {256, 128, 48}) {
            byte[] png = png(size);
            Files.write(dir.resolve("stridescope-" + size + ".png"), png);
            pngs.add(png);
        }
        byte[] png32 = png(32);
        byte[] png16 = png(16);
        Files.write(dir.resolve("stridescope.ico"), ico(List.of(pngs.get(0), pngs.get(2), png32, png16), new int[] {256, 48, 32, 16}));
        Files.write(dir.resolve("stridescope.icns"), icns(pngs.get(0), pngs.get(1), png32, png16));
        Files.writeString(dir.resolve("stridescope.svg"), svg());
    }

    /** Cell (row, col) is read by a view of stride 2 items over a 4-wide buffer: columns 0 and 2. */
    static boolean read(int row, int col) {
        return col % 2 == 0;
    }

    static double cellX(int col) {
        return GRID_X + col * (CELL + GAP);
    }

    static double cellY(int row) {
        return GRID_Y + row * (CELL + GAP);
    }

    static byte[] png(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 256.0, size / 256.0);
        // small sizes get bolder strokes so the arrow survives
        double bold = size <= 32 ? 1.5 : size <= 48 ? 1.25 : 1.0;
        g.setPaint(new GradientPaint(0, 8, TOP, 0, 248, BOTTOM));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                g.setColor(read(r, c) ? READ : new Color(255, 255, 255, 60));
                g.fill(new RoundRectangle2D.Double(cellX(c), cellY(r), CELL, CELL, 10, 10));
            }
        }
        g.setColor(ARROW);
        g.setStroke(new BasicStroke((float) (12 * bold), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(arc());
        g.fill(head(bold));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    // The arrow leaves the top of cell (0,0) and lands on cell (0,2): one stride of two items.
    static final double FROM_X = GRID_X + CELL / 2;
    static final double TO_X = GRID_X + 2 * (CELL + GAP) + CELL / 2;
    static final double FOOT = GRID_Y - 14;
    static final double PEAK = 12;

    static Path2D arc() {
        Path2D p = new Path2D.Double();
        p.moveTo(FROM_X, FOOT);
        p.curveTo(FROM_X, PEAK, TO_X, PEAK, TO_X, FOOT - 22);
        return p;
    }

    static Path2D head(double bold) {
        double w = 22 * bold;
        double h = 26 * bold;
        Path2D p = new Path2D.Double();
        p.moveTo(TO_X - w, FOOT - h + 2);
        p.lineTo(TO_X + w, FOOT - h + 2);
        p.lineTo(TO_X, FOOT + 4);
        p.closePath();
        return p;
    }

    static String hex(Color c) {
        return String.format("#%06x", c.getRGB() & 0xffffff);
    }

    /** The same drawing as SVG, for docs and for anyone who wants to edit it. */
    static String svg() {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">\n");
        s.append("  <defs><linearGradient id=\"bg\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">")
                .append("<stop offset=\"0\" stop-color=\"").append(hex(TOP)).append("\"/>")
                .append("<stop offset=\"1\" stop-color=\"").append(hex(BOTTOM)).append("\"/></linearGradient></defs>\n");
        s.append("  <rect x=\"8\" y=\"8\" width=\"240\" height=\"240\" rx=\"28\" fill=\"url(#bg)\"/>\n");
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                s.append(String.format("  <rect x=\"%.1f\" y=\"%.1f\" width=\"%.0f\" height=\"%.0f\" rx=\"5\" %s/>%n",
                        cellX(c), cellY(r), CELL, CELL,
                        read(r, c) ? "fill=\"" + hex(READ) + "\"" : "fill=\"#ffffff\" fill-opacity=\"0.235\""));
            }
        }
        s.append(String.format("  <path d=\"M %.1f %.1f C %.1f %.1f %.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"12\" stroke-linecap=\"round\"/>%n",
                FROM_X, FOOT, FROM_X, PEAK, TO_X, PEAK, TO_X, FOOT - 22, hex(ARROW)));
        s.append(String.format("  <path d=\"M %.1f %.1f L %.1f %.1f L %.1f %.1f Z\" fill=\"%s\"/>%n",
                TO_X - 22, FOOT - 24, TO_X + 22, FOOT - 24, TO_X, FOOT + 4, hex(ARROW)));
        return s.append("</svg>\n").toString();
    }

    /** An .ico whose entries are PNGs (Windows Vista and later read them). */
    static byte[] ico(List<byte[]> pngs, int[] sizes) {
        int header = 6 + 16 * pngs.size();
        int total = header + pngs.stream().mapToInt(b -> b.length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) pngs.size());
        int offset = header;
        for (int i = 0; i < pngs.size(); i++) {
            int size = sizes[i] >= 256 ? 0 : sizes[i];
            b.put((byte) size).put((byte) size).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        pngs.forEach(b::put);
        return b.array();
    }

    /** An .icns of PNG entries: ic08 256, ic07 128, icp5 32, icp4 16. */
    static byte[] icns(byte[] p256, byte[] p128, byte[] p32, byte[] p16) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        String[] types = {"ic08", "ic07", "icp5", "icp4"};
        byte[][] data = {p256, p128, p32, p16};
        for (int i = 0; i < types.length; i++) {
            d.writeBytes(types[i]);
            d.writeInt(8 + data[i].length);
            d.write(data[i]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
