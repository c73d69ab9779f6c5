package org.sift.ui.sampling;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.sift.io.StructureFormat;
import org.sift.ui.common.DialogService;

/** File › Export Subset: format, and the subset, its complement or a train/validation split of it. */
public final class SubsetExportDialog implements DialogService.OptionsDialog<SubsetExportDialog.Choice> {

    /** What to write. */
    public enum Part { SUBSET, COMPLEMENT, SPLIT }

    /** The options chosen; {@code trainShare} matters for {@link Part#SPLIT} only. */
    public record Choice(StructureFormat format, Part part, double trainShare) {
    }

    private final String header;
    private final List<StructureFormat> formats;
    private ChoiceBox<StructureFormat> format;
    private ToggleGroup which;
    private Spinner<Double> share;

    public SubsetExportDialog(String header, List<StructureFormat> formats) {
        this.header = header;
        this.formats = List.copyOf(formats);
    }

    @Override
    public String title() {
        return "Export Subset";
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public Node content() {
        format = new ChoiceBox<>(FXCollections.observableArrayList(formats));
        format.setId("exportFormat");
        format.setConverter(new StringConverter<>() {
            @Override public String toString(StructureFormat f) { return f == null ? "" : f.description(); }
            @Override public StructureFormat fromString(String s) { return null; }
        });
        if (!format.getItems().isEmpty()) format.getSelectionModel().select(0);
        which = new ToggleGroup();
        RadioButton sub = radio("The subset", Part.SUBSET);
        sub.setSelected(true);
        RadioButton comp = radio("Its complement (the configurations not selected)", Part.COMPLEMENT);
        RadioButton split = radio("A train/validation split of the subset, each group's share kept; training share", Part.SPLIT);
        split.setId("exportSplit");
        share = new Spinner<>(0.05, 0.95, 0.5, 0.05);
        share.setId("exportTrainShare");
        share.setPrefWidth(90);
        share.disableProperty().bind(split.selectedProperty().not());
        share.setTooltip(new Tooltip("Share of the training part; the validation part gets the rest"));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(8));
        g.addRow(0, new Label("Format"), format);
        g.addRow(1, new Label("Write"), sub);
        g.add(comp, 1, 2);
        g.add(new HBox(8, split, share), 1, 3);
        g.add(new Label("A manifest (JSON: sources with SHA-256, options, order, D(n), REP(n)) is written next to it."), 0, 4, 2, 1);
        return g;
    }

    private RadioButton radio(String text, Part p) {
        RadioButton b = new RadioButton(text);
        b.setUserData(p);
        b.setToggleGroup(which);
        return b;
    }

    @Override
    public Optional<Choice> result() {
        if (format == null || format.getValue() == null || which.getSelectedToggle() == null) return Optional.empty();
        return Optional.of(new Choice(format.getValue(), (Part) which.getSelectedToggle().getUserData(), share.getValue()));
    }
}
