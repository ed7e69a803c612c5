package org.evtwin.app.pack3d;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The cells' colours as an image with one texel per cell (cell {@code i} at column {@code i % width}, row
 * {@code i / width}), written in one bulk {@code setPixels} per frame. Width and height are powers of two so no
 * pipeline pads or rescales it. Texels past the last cell stay transparent.
 */
final class CellTexture {
    private static final int MAX_WIDTH = 128;
    private final int cells;
    private final int width;
    private final int height;
    private final int[] pixels;
    private final WritableImage image;

    CellTexture(int cells) {
        this.cells = cells;
        this.width = Math.min(MAX_WIDTH, powerOfTwoAtLeast(cells));
        this.height = powerOfTwoAtLeast((cells + width - 1) / width);
        this.pixels = new int[width * height];
        this.image = new WritableImage(width, height);
    }

    static int powerOfTwoAtLeast(int n) {
        int p = 1;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }

    /** Looks every cell's index up in the palette and uploads all texels at once. */
    void write(byte[] indices, Palette palette) {
        int[] table = palette.table();
        for (int i = 0; i < cells; i++) {
            pixels[i] = table[indices[i] & 0xFF];
        }
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
    }

    /** The ARGB colour last written for a cell. */
    int argb(int cell) {
        return pixels[cell];
    }

    WritableImage image() {
        return image;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
