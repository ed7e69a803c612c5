/**
 * The pack in 3D, cell by cell: {@link org.evtwin.app.pack3d.Pack3DViewModel} (colour-by, legend, selection, alarms;
 * no scene nodes) and {@link org.evtwin.app.pack3d.Pack3DView} (one {@code TriangleMesh} for all cells coloured
 * through a texture with one texel per cell, module housings, orbit camera, picking, legend; a 2D heat map where
 * the platform has no 3D). {@link org.evtwin.app.pack3d.RenderBenchmark} measures the frame rate at full pack size.
 *
 * <p>Why one texel per cell: the figures in {@code docs/benchmarks.md} (llvmpipe, 7,104 cells) show one node per cell
 * at 2 fps, texcoord rewrites at 6 fps and a bulk {@code PixelWriter.setPixels} into a small texture at 27 fps. The
 * texture coordinates are fixed when the mesh is built (each cell's four corners sample its own texel centre, so
 * filtering never blends neighbours); a frame only rewrites the texture.
 */
package org.evtwin.app.pack3d;
