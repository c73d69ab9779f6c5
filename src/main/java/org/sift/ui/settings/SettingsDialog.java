package org.sift.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sift.workflow.AnalysisSettings;

/** Dialog editing {@link AnalysisSettings} through a {@link SettingsViewModel}. */
public final class SettingsDialog extends Dialog<AnalysisSettings> {

    public static final ButtonType RESET = new ButtonType("Reset to study defaults", ButtonBar.ButtonData.LEFT);

    private final SettingsViewModel vm;

    public SettingsDialog(Window owner, SettingsViewModel vm) {
        this.vm = vm;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Settings");
        setHeaderText("SOAP descriptor and similarity kernel");
        getDialogPane().setId("settingsDialog");
        getDialogPane().getButtonTypes().addAll(RESET, ButtonType.OK, ButtonType.CANCEL);

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        r = row(
                g,
                r,
                "Cutoff r_c (Å)",
                "cutoffField",
                vm.cutoffProperty(),
                "Neighbours beyond r_c are ignored (study: 3.0 Å)");
        r = row(
                g,
                r,
                "Transition width w (Å)",
                "widthField",
                vm.transitionWidthProperty(),
                "Width of the smooth cosine cutoff below r_c (study: 0.5 Å)");
        r = row(
                g,
                r,
                "Gaussian width σ (Å)",
                "sigmaField",
                vm.sigmaProperty(),
                "Width of each atom's Gaussian density (study: 0.4 Å)");
        r = row(
                g,
                r,
                "l_max",
                "lMaxField",
                vm.lMaxProperty(),
                "Largest angular momentum of the expansion, 0..20 (study: 6)");
        r = row(
                g,
                r,
                "Central atom weight",
                "centerWeightField",
                vm.centerWeightProperty(),
                "Weight of the central atom's own Gaussian (study: 1)");
        r = row(
                g,
                r,
                "Kernel exponent ζ",
                "zetaField",
                vm.zetaProperty(),
                "Exponent on the normalised local kernel, ≥ 1 (study: 1)");
        CheckBox sep = new CheckBox("Compare only environments of the same central species");
        sep.setId("separateCentralBox");
        sep.selectedProperty().bindBidirectional(vm.separateCentralSpeciesProperty());
        sep.setTooltip(new Tooltip(
                "GAP/QUIP convention: the local kernel is 0 between different central species (study: off)"));
        g.add(sep, 0, r, 2, 1);

        Label error = new Label();
        error.setId("settingsError");
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.errorProperty());

        VBox box = new VBox(10, g, error);
        box.setPadding(new Insets(4));
        getDialogPane().setContent(box);

        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(vm.validProperty().not());
        ((Button) ok).setTooltip(new Tooltip("Apply the settings (disabled while a value is invalid)"));
        Button reset = (Button) getDialogPane().lookupButton(RESET);
        reset.setId("resetButton");
        reset.setTooltip(new Tooltip("Put the study's SOAP and kernel settings back"));
        reset.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            vm.resetToStudyDefaults();
            e.consume(); // keep the dialog open
        });
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setTooltip(new Tooltip("Close without changes"));
        setResultConverter(b -> b == ButtonType.OK ? vm.result().orElse(null) : null);
    }

    private static int row(
            GridPane g, int r, String label, String id, javafx.beans.property.StringProperty p, String tip) {
        Label l = new Label(label);
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.textProperty().bindBidirectional(p);
        Tooltip t = new Tooltip(tip);
        f.setTooltip(t);
        l.setTooltip(t);
        g.addRow(r, l, f);
        return r + 1;
    }

    public SettingsViewModel viewModel() {
        return vm;
    }
}
