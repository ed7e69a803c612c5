/** Java 8 launcher of {@code twin.jar}: finds a JDK 21+ and re-runs the jar with it. */
package org.evtwin.boot;
