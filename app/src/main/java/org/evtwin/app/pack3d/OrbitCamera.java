package org.evtwin.app.pack3d;

import javafx.geometry.Point3D;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SubScene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

/**
 * A perspective camera orbiting a target point: left-drag turns (yaw around the vertical, pitch up/down), right-drag
 * or shift-drag pans the target in the view plane, the wheel zooms (distance × 1.1 per notch). Scene units are mm.
 */
final class OrbitCamera {
    private static final double DEGREES_PER_PIXEL = 0.3;
    private static final double MIN_PITCH = -89;
    /** The camera stays above the floor plane: nothing has a bottom face. */
    private static final double MAX_PITCH = 0;
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Translate target = new Translate();
    private final Rotate yaw = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(0, Rotate.X_AXIS);
    private final Translate distance = new Translate();
    private double homeX;
    private double homeY;
    private double homeZ;
    private double homeYaw;
    private double homePitch;
    private double homeDistance = 1000;
    private double homeShiftPx;
    private double homeViewHeight = 1;
    private boolean movedByUser;
    private double lastX;
    private double lastY;

    OrbitCamera() {
        camera.setFieldOfView(30);
        camera.setNearClip(5);
        camera.setFarClip(200_000);
        camera.getTransforms().addAll(target, yaw, pitch, distance);
    }

    PerspectiveCamera camera() {
        return camera;
    }

    /**
     * Sets the home view and goes there: target in scene units, angles in degrees (pitch &lt; 0 looks down), and the
     * target shown {@code shiftDownPx} pixels below the centre of a view {@code viewHeight} pixels high (room for
     * overlays above).
     */
    void setHome(double x, double y, double z, double yawDeg, double pitchDeg, double dist, double shiftDownPx,
            double viewHeight) {
        homeX = x;
        homeY = y;
        homeZ = z;
        homeYaw = yawDeg;
        homePitch = pitchDeg;
        homeDistance = dist;
        homeShiftPx = shiftDownPx;
        homeViewHeight = viewHeight;
        reset();
    }

    /** True once the mouse turned, panned or zoomed the camera since the last {@link #reset()}. */
    boolean movedByUser() {
        return movedByUser;
    }

    void reset() {
        movedByUser = false;
        target.setX(homeX);
        target.setY(homeY);
        target.setZ(homeZ);
        yaw.setAngle(homeYaw);
        pitch.setAngle(homePitch);
        setDistance(homeDistance);
        if (homeShiftPx != 0) {
            pan(0, homeShiftPx, homeViewHeight);
        }
    }

    double yaw() {
        return yaw.getAngle();
    }

    double pitch() {
        return pitch.getAngle();
    }

    /** The point the camera orbits, in scene units. */
    Point3D target() {
        return new Point3D(target.getX(), target.getY(), target.getZ());
    }

    double distance() {
        return -distance.getZ();
    }

    void setDistance(double d) {
        double clamped = Math.max(homeDistance * 0.02, Math.min(homeDistance * 20, d));
        distance.setZ(-clamped);
        camera.setNearClip(Math.max(1, clamped / 500));
        camera.setFarClip(clamped * 50);
    }

    /** Installs the mouse handlers on the sub-scene. */
    void attach(SubScene scene) {
        scene.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        });
        scene.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        scene.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                movedByUser = true;
                setDistance(distance() * Math.pow(1.1, -e.getDeltaY() / 40.0));
                e.consume();
            }
        });
    }

    private void drag(MouseEvent e) {
        double dx = e.getSceneX() - lastX;
        double dy = e.getSceneY() - lastY;
        lastX = e.getSceneX();
        lastY = e.getSceneY();
        movedByUser = true;
        if (e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE || e.isShiftDown()) {
            pan(dx, dy, e.getSource() instanceof SubScene s ? s.getHeight() : 800);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            yaw.setAngle(yaw.getAngle() + dx * DEGREES_PER_PIXEL);
            pitch.setAngle(Math.max(MIN_PITCH, Math.min(MAX_PITCH, pitch.getAngle() - dy * DEGREES_PER_PIXEL)));
        }
        e.consume();
    }

    /** Moves the target so the pack follows the mouse (a pixel is worth the view height at the target / height). */
    private void pan(double dx, double dy, double viewHeight) {
        double perPixel = 2 * distance() * Math.tan(Math.toRadians(camera.getFieldOfView() / 2)) / viewHeight;
        Point3D origin = camera.localToParent(0, 0, 0);
        Point3D right = camera.localToParent(1, 0, 0).subtract(origin);
        Point3D down = camera.localToParent(0, 1, 0).subtract(origin);
        Point3D move = right.multiply(-dx * perPixel).add(down.multiply(-dy * perPixel));
        target.setX(target.getX() + move.getX());
        target.setY(target.getY() + move.getY());
        target.setZ(target.getZ() + move.getZ());
    }
}
