package org.sift.ui.sampling;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.sift.figures.ChartStyle;
import org.sift.ui.common.DialogService;

/** File › Export Figure: journal preset (size and fonts) and PNG resolution. */
public final class FigureExportDialog implements DialogService.OptionsDialog<FigureExportDialog.Choice> {

    /** The options chosen. */
    public record Choice(ChartStyle style, int dpi) {
    }

    private final String header;
    private ChoiceBox<ChartStyle> preset;
    private Spinner<Integer> dpi;

    public FigureExportDialog(String header) {
        this.header = header;
    }

    @Override
    public String title() {
        return "Export Figure";
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public Node content() {
        preset = new ChoiceBox<>(FXCollections.observableArrayList(ChartStyle.PRESETS));
        preset.setId("figurePreset");
        preset.setConverter(new StringConverter<>() {
            @Override public String toString(ChartStyle s) { return s == null ? "" : s.name(); }
            @Override public ChartStyle fromString(String s) { return null; }
        });
        preset.getSelectionModel().select(ChartStyle.SINGLE_COLUMN);
        dpi = new Spinner<>(72, 1200, 300, 50);
        dpi.setId("figureDpi");
        dpi.setEditable(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(8));
        g.addRow(0, new Label("Size and fonts"), preset);
        g.addRow(1, new Label("PNG resolution (DPI)"), dpi);
        g.add(new Label("The file type follows the extension: .png, .svg or .pdf."), 0, 2, 2, 1);
        return g;
    }

    @Override
    public Optional<Choice> result() {
        if (preset == null || preset.getValue() == null) return Optional.empty();
        return Optional.of(new Choice(preset.getValue(), dpi.getValue()));
    }
}
