package org.evtwin.app.pack3d;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The cells' colours as an image with one texel per cell and shade, written in one bulk {@code setPixels} per frame.
 * Block {@code b} holds every cell's colour at brightness {@code shades[b]} (block 0, full brightness, colours the
 * top faces; darker blocks colour side faces, which is how sides look lit without a light in the scene: per-pixel
 * lights cost most on software GL). In a block, cell {@code i} sits at column {@code i % width}, row
 * {@code i / width}. Width and height are powers of two so no pipeline pads or rescales the image.
 */
final class CellTexture {
    private static final int MAX_WIDTH = 128;
    private final int cells;
    private final int width;
    private final int height;
    private final int rowsPerBlock;
    private final double[] shades;
    private final int[] pixels;
    private final WritableImage image;
    private final Map<Palette, int[][]> shadedTables = new IdentityHashMap<>();

    CellTexture(int cells, double... shades) {
        this.cells = cells;
        this.shades = shades.length == 0 ? new double[] {1.0} : shades.clone();
        this.width = Math.min(MAX_WIDTH, powerOfTwoAtLeast(cells));
        this.rowsPerBlock = (cells + width - 1) / width;
        this.height = powerOfTwoAtLeast(rowsPerBlock * this.shades.length);
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

    /** Looks every cell's index up in the palette (for every shade) and uploads all texels at once. */
    void write(byte[] indices, Palette palette) {
        int[][] tables = shadedTables.computeIfAbsent(palette, this::shade);
        int stride = rowsPerBlock * width;
        for (int b = 0; b < tables.length; b++) {
            int[] table = tables[b];
            int base = b * stride;
            for (int i = 0; i < cells; i++) {
                pixels[base + i] = table[indices[i] & 0xFF];
            }
        }
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
    }

    private int[][] shade(Palette palette) {
        int[][] tables = new int[shades.length][Palette.NO_DATA + 1];
        for (int b = 0; b < shades.length; b++) {
            for (int k = 0; k <= Palette.NO_DATA; k++) {
                tables[b][k] = scale(palette.argb(k), shades[b]);
            }
        }
        return tables;
    }

    /** An opaque colour with its red, green and blue scaled by {@code f} (0–1). */
    static int scale(int argb, double f) {
        int r = (int) Math.round(((argb >> 16) & 0xFF) * f);
        int g = (int) Math.round(((argb >> 8) & 0xFF) * f);
        int b = (int) Math.round((argb & 0xFF) * f);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    /** Texture coordinate u of a cell's texel centre. */
    float u(int cell) {
        return (cell % width + 0.5f) / width;
    }

    /** Texture coordinate v of a cell's texel centre in a shade block. */
    float v(int cell, int block) {
        return (block * rowsPerBlock + cell / width + 0.5f) / height;
    }

    int blocks() {
        return shades.length;
    }

    WritableImage image() {
        return image;
    }
}
