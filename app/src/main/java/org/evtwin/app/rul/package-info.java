/**
 * Remaining useful life in the workstation: the pack's RUL (its weakest cell) for the gauges and the picked cell's
 * for the detail panel, from the live monitor's latest evaluation, and the model card. View models hold no scene
 * classes and are tested without a window.
 */
package org.evtwin.app.rul;
