package org.sift.ui.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.Line;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Transform;
import javafx.scene.transform.Translate;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sift.model.Configuration;

/**
 * The configuration inspector: a property list and a view of the atoms (spheres coloured and
 * sized by element, the cell as thin edges). Drag rotates, scroll zooms, double-click resets.
 * Where the graphics pipeline has no 3D support (software rendering), the same rotations drive
 * an orthographic, depth-sorted 2D drawing instead.
 */
public final class InspectorView extends BorderPane {

    private final InspectorViewModel vm;
    private final Rotate rotateX = new Rotate(0, Rotate.X_AXIS);
    private final Rotate rotateY = new Rotate(0, Rotate.Y_AXIS);
    private final Pane viewport = new StackPane();
    private final boolean threeD;
    private double lastX;
    private double lastY;
    private Pane flat;

    public InspectorView(InspectorViewModel vm) {
        this(vm, Platform.isSupported(ConditionalFeature.SCENE3D));
    }

    InspectorView(InspectorViewModel vm, boolean threeD) {
        this.vm = vm;
        this.threeD = threeD;
        setId("inspector");
        rotateX.angleProperty().bind(vm.angleXProperty());
        rotateY.angleProperty().bind(vm.angleYProperty());

        TableView<InspectorViewModel.Entry> props = new TableView<>();
        props.setId("inspectorProperties");
        props.getItems().setAll(vm.entries());
        props.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        props.setTooltip(new Tooltip("Properties of the configuration: composition, cell, energy, info keys, per-atom arrays"));
        TableColumn<InspectorViewModel.Entry, String> name = new TableColumn<>("Property");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(175);
        TableColumn<InspectorViewModel.Entry, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setPrefWidth(260);
        props.getColumns().add(name);
        props.getColumns().add(value);

        viewport.setId("atomView");
        viewport.setMinSize(200, 200);
        viewport.setStyle("-fx-background-color: linear-gradient(to bottom, #2b3340, #11151b);");
        Tooltip.install(viewport, new Tooltip("Drag to rotate, scroll to zoom, double-click to reset the view"));
        if (threeD) {
            build3d();
        } else {
            build2d();
        }
        viewport.setOnMousePressed(e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        });
        viewport.setOnMouseDragged(e -> {
            vm.drag(e.getSceneX() - lastX, e.getSceneY() - lastY);
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        });
        viewport.setOnScroll(e -> vm.zoom(e.getDeltaY()));
        viewport.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.resetView();
            }
        });

        Label count = new Label(vm.configuration().size() + " atoms");
        count.setId("atomCountLabel");
        count.setTooltip(new Tooltip("Number of atoms in the configuration"));
        HBox legend = legend(vm.configuration());
        Button reset = new Button("Reset view");
        reset.setTooltip(new Tooltip("Back to the initial orientation and zoom"));
        reset.setOnAction(e -> vm.resetView());
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox bar = new HBox(10, count, legend, spacer, reset);
        bar.setPadding(new Insets(6));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        BorderPane right = new BorderPane(viewport);
        right.setBottom(bar);
        SplitPane split = new SplitPane(props, right);
        split.setDividerPositions(0.42);
        setCenter(split);
    }

    /** One coloured dot and symbol per element present. */
    private static HBox legend(Configuration c) {
        HBox box = new HBox(10);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        c.composition().counts().forEach((el, n) -> {
            Circle dot = new Circle(6, ElementStyle.colour(el));
            dot.setStroke(Color.gray(0.3));
            Label l = new Label(el + " (" + n + ")", dot);
            l.setTooltip(new Tooltip(el + ": " + n + " atoms"));
            box.getChildren().add(l);
        });
        return box;
    }

    private void build3d() {
        Configuration c = vm.configuration();
        double[] ctr = vm.centre();
        Group atoms = new Group();
        Map<String, PhongMaterial> materials = new HashMap<>();
        int divisions = c.size() > 500 ? 8 : 16;
        for (int i = 0; i < c.size(); i++) {
            String el = c.species()[i];
            PhongMaterial m = materials.computeIfAbsent(el, k -> {
                PhongMaterial p = new PhongMaterial(ElementStyle.colour(k));
                p.setSpecularColor(Color.gray(0.6));
                return p;
            });
            Sphere s = new Sphere(ElementStyle.radius(el), divisions);
            s.setMaterial(m);
            s.setTranslateX(c.position(i, 0) - ctr[0]);
            s.setTranslateY(c.position(i, 1) - ctr[1]);
            s.setTranslateZ(c.position(i, 2) - ctr[2]);
            atoms.getChildren().add(s);
        }
        if (c.cell().hasLattice()) {
            double[][] corners = InspectorViewModel.cellCorners(c.cell());
            PhongMaterial edge = new PhongMaterial(Color.web("#9fb4cc"));
            for (int[] e : InspectorViewModel.cellEdges()) {
                atoms.getChildren().add(edge(corners[e[0]], corners[e[1]], ctr, 0.04, edge));
            }
        }
        Group world = new Group(atoms);
        world.getTransforms().addAll(rotateX, rotateY);
        PerspectiveCamera camera = new PerspectiveCamera(true);
        camera.setNearClip(0.05);
        camera.setFarClip(10000);
        camera.setFieldOfView(35);
        Translate back = new Translate(0, 0, -vm.distanceProperty().get());
        back.zProperty().bind(vm.distanceProperty().negate());
        camera.getTransforms().add(back);
        SubScene sub = new SubScene(new Group(world, camera), 500, 500, true, SceneAntialiasing.BALANCED);
        sub.setCamera(camera);
        sub.setFill(Color.TRANSPARENT);
        sub.widthProperty().bind(viewport.widthProperty());
        sub.heightProperty().bind(viewport.heightProperty());
        viewport.getChildren().add(sub);
    }

    /** A thin cylinder from a to b (shifted by -centre). */
    private static Node edge(double[] a, double[] b, double[] ctr, double radius, PhongMaterial m) {
        Point3D p = new Point3D(a[0] - ctr[0], a[1] - ctr[1], a[2] - ctr[2]);
        Point3D q = new Point3D(b[0] - ctr[0], b[1] - ctr[1], b[2] - ctr[2]);
        Point3D d = q.subtract(p);
        Point3D mid = p.midpoint(q);
        Cylinder cyl = new Cylinder(radius, d.magnitude(), 6);
        cyl.setMaterial(m);
        Point3D axis = Rotate.Y_AXIS.crossProduct(d);
        double angle = Math.toDegrees(Math.acos(d.normalize().dotProduct(Rotate.Y_AXIS)));
        if (axis.magnitude() < 1e-12) {
            axis = Rotate.X_AXIS;
        }
        cyl.getTransforms().addAll(new Translate(mid.getX(), mid.getY(), mid.getZ()), new Rotate(angle, axis));
        return cyl;
    }

    private void build2d() {
        flat = new Pane();
        flat.setId("atomDrawing");
        flat.setMinSize(0, 0);
        flat.prefWidthProperty().bind(viewport.widthProperty());
        flat.prefHeightProperty().bind(viewport.heightProperty());
        viewport.getChildren().add(flat);
        Runnable redraw = this::redraw2d;
        rotateX.angleProperty().addListener((o, a, b) -> redraw.run());
        rotateY.angleProperty().addListener((o, a, b) -> redraw.run());
        vm.distanceProperty().addListener((o, a, b) -> redraw.run());
        flat.widthProperty().addListener((o, a, b) -> redraw.run());
        flat.heightProperty().addListener((o, a, b) -> redraw.run());
    }

    /** Orthographic projection through the same rotations as the 3D view; far atoms drawn first. */
    private void redraw2d() {
        double w = flat.getWidth();
        double h = flat.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        Configuration c = vm.configuration();
        double[] ctr = vm.centre();
        Transform t = rotateX.createConcatenation(rotateY);
        double scale = Math.min(w, h) / (1.1 * vm.diagonal()) * (vm.defaultDistance() / vm.distanceProperty().get());
        double cx = w / 2;
        double cy = h / 2;
        List<Node> nodes = new ArrayList<>();
        if (c.cell().hasLattice()) {
            double[][] corners = InspectorViewModel.cellCorners(c.cell());
            Point3D[] pc = new Point3D[8];
            for (int i = 0; i < 8; i++) {
                pc[i] = t.transform(corners[i][0] - ctr[0], corners[i][1] - ctr[1], corners[i][2] - ctr[2]);
            }
            for (int[] e : InspectorViewModel.cellEdges()) {
                Line l = new Line(cx + scale * pc[e[0]].getX(), cy + scale * pc[e[0]].getY(),
                        cx + scale * pc[e[1]].getX(), cy + scale * pc[e[1]].getY());
                l.setStroke(Color.web("#9fb4cc"));
                l.setStrokeWidth(1.2);
                nodes.add(l);
            }
        }
        Integer[] order = new Integer[c.size()];
        double[] z = new double[c.size()];
        Point3D[] p = new Point3D[c.size()];
        for (int i = 0; i < c.size(); i++) {
            p[i] = t.transform(c.position(i, 0) - ctr[0], c.position(i, 1) - ctr[1], c.position(i, 2) - ctr[2]);
            z[i] = p[i].getZ();
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(z[b], z[a]));
        Map<String, RadialGradient> fills = new HashMap<>();
        for (int i : order) {
            String el = c.species()[i];
            RadialGradient g = fills.computeIfAbsent(el, k -> {
                Color base = ElementStyle.colour(k);
                return new RadialGradient(0, 0, 0.35, 0.35, 0.75, true, CycleMethod.NO_CYCLE,
                        new Stop(0, base.interpolate(Color.WHITE, 0.6)), new Stop(0.6, base), new Stop(1, base.darker()));
            });
            Circle s = new Circle(cx + scale * p[i].getX(), cy + scale * p[i].getY(), scale * ElementStyle.radius(el), g);
            s.setStroke(Color.rgb(0, 0, 0, 0.35));
            s.setStrokeWidth(0.5);
            nodes.add(s);
        }
        flat.getChildren().setAll(nodes);
    }

    /** The rotation about the x axis applied to the atoms (its angle follows the ViewModel). */
    public Rotate rotateX() { return rotateX; }
    /** The rotation about the y axis applied to the atoms. */
    public Rotate rotateY() { return rotateY; }
    public boolean isThreeD() { return threeD; }
    public InspectorViewModel viewModel() { return vm; }

    /** Opens the inspector in its own window. */
    public static Stage show(Window owner, InspectorViewModel vm) {
        Stage s = new Stage();
        if (owner != null) {
            s.initOwner(owner);
        }
        s.setTitle(vm.title());
        InspectorView v = new InspectorView(vm);
        s.setScene(new Scene(v, 980, 620));
        s.getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                s.close(); // Esc closes the viewer (and never cancels a task of the main window)
                e.consume();
            }
        });
        if (owner instanceof Stage o) {
            s.getIcons().setAll(o.getIcons());
        }
        s.show();
        return s;
    }
}
