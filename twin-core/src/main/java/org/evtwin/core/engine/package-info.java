/**
 * The twin's runtime: one engine thread owns the pack model and publishes frames to a latest-frame holder that the
 * UI reads once per pulse (no per-frame hand-off to the UI thread).
 */
package org.evtwin.core.engine;
