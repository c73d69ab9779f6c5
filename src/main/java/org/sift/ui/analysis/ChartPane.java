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

    public ChartPane(ObservableValue<JFreeChart> chart, String placeholderText) {
        placeholder = new Label(placeholderText);
        placeholder.getStyleClass().add("chart-placeholder");
        placeholder.setWrapText(true);
        getChildren().addAll(viewer, placeholder);
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

    public ChartViewer viewer() {
        return viewer;
    }

    public Label placeholder() {
        return placeholder;
    }
}
