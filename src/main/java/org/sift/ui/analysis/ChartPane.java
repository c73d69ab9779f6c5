package org.sift.ui.analysis;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A {@link ChartViewer} that follows a chart property, with a placeholder while there is no chart.
 * The viewer's own context menu is off: figures are exported through File › Export Figure, with
 * the journal presets.
 */
public class ChartPane extends StackPane {

    private final ChartViewer viewer = new ChartViewer(null, false);
    private final Label placeholder;
    private final Label staleBanner = new Label();

    public ChartPane(ObservableValue<JFreeChart> chart, String placeholderText) {
        placeholder = new Label(placeholderText);
        placeholder.getStyleClass().add("chart-placeholder");
        placeholder.setWrapText(true);
        staleBanner.getStyleClass().add("stale-banner");
        staleBanner.setId("staleBanner");
        staleBanner.setVisible(false);
        staleBanner.setMouseTransparent(true);
        StackPane.setAlignment(staleBanner, javafx.geometry.Pos.TOP_CENTER);
        getChildren().addAll(viewer, placeholder, staleBanner);
        viewer.setMinSize(100, 100);
        show(chart.getValue());
        chart.addListener((o, a, c) -> show(c));
    }

    private void show(JFreeChart c) {
        if (c != null) {
            viewer.setChart(c);
        }
        viewer.setVisible(c != null);
        placeholder.setVisible(c == null);
    }

    /**
     * Shows {@code text} in a banner over the chart while it is not empty: the chart is of an
     * earlier state of the inputs (another grouping, settings or pins) and is being replaced.
     */
    public void showStale(ObservableValue<String> text) {
        staleBanner.textProperty().bind(text);
        staleBanner.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> text.getValue() != null && !text.getValue().isEmpty() && viewer.isVisible(), text, viewer.visibleProperty()));
    }

    public Label staleBanner() {
        return staleBanner;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public Label placeholder() {
        return placeholder;
    }
}
