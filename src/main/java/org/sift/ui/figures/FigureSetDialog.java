package org.sift.ui.figures;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.sift.figures.FigureFormat;
import org.sift.figures.FigurePreset;
import org.sift.figures.FigureSet;

/**
 * File › Export Figure Set…: the folder, one journal preset for every figure (or a custom width,
 * height and text size), the file types, the raster resolution and the subset size n of the subset
 * figure. The OK button is disabled while an entry is invalid; the reason is shown under the form.
 */
public final class FigureSetDialog implements org.sift.ui.common.DialogService.OptionsDialog<FigureSetDialog.Choice> {

    /** The folder and the options of the figure set. */
    public record Choice(Path folder, FigureSet.Options options) {}

    /** Label of the custom entry of the preset list. */
    static final String CUSTOM = "Custom size…";

    private final String header;
    private final Path initialFolder;
    private final int initialN;
    private final Supplier<Optional<Path>> browse;

    private TextField folder;
    private ChoiceBox<Object> preset;
    private TextField width;
    private TextField height;
    private TextField font;
    private final Map<FigureFormat, CheckBox> formats = new EnumMap<>(FigureFormat.class);
    private TextField dpi;
    private TextField n;
    private Label error;

    /**
     * @param initialFolder folder proposed (may be null)
     * @param initialN      subset size proposed (the Sampling tab's n)
     * @param browse        asks for a folder (the dialog service's folder chooser)
     */
    public FigureSetDialog(String header, Path initialFolder, int initialN, Supplier<Optional<Path>> browse) {
        this.header = header;
        this.initialFolder = initialFolder;
        this.initialN = initialN;
        this.browse = browse;
    }

    @Override
    public String title() {
        return "Export Figure Set";
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public Node content() {
        folder = new TextField(initialFolder == null ? "" : initialFolder.toString());
        folder.setId("figureSetFolder");
        folder.setPrefColumnCount(32);
        Button choose = new Button("Choose…");
        choose.setId("figureSetBrowse");
        choose.setOnAction(e -> browse.get().ifPresent(p -> folder.setText(p.toString())));
        HBox folderRow = new HBox(6, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);

        List<Object> presets = new ArrayList<>(FigurePreset.PRESETS);
        presets.add(CUSTOM);
        preset = new ChoiceBox<>(FXCollections.observableArrayList(presets));
        preset.setId("figureSetPreset");
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object o) {
                return o instanceof FigurePreset p ? p.name() : o == null ? "" : o.toString();
            }

            @Override
            public Object fromString(String s) {
                return null;
            }
        });
        width = number("figureSetWidth");
        height = number("figureSetHeight");
        font = number("figureSetFont");
        preset.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> showPreset(p));
        preset.getSelectionModel().select(FigurePreset.SINGLE);
        showPreset(FigurePreset.SINGLE);
        HBox size = new HBox(6, width, new Label("×"), height, new Label("mm,  text"), font, new Label("pt"));
        size.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        HBox types = new HBox(12);
        for (FigureFormat f : FigureFormat.values()) {
            CheckBox c = new CheckBox(f.extension().toUpperCase(Locale.ROOT));
            c.setId("figureSet" + f.name().charAt(0) + f.name().substring(1).toLowerCase(Locale.ROOT));
            c.setSelected(f == FigureFormat.PDF || f == FigureFormat.PNG);
            formats.put(f, c);
            types.getChildren().add(c);
        }
        dpi = number("figureSetDpi");
        dpi.setText("300");
        n = number("figureSetN");
        n.setText(Integer.toString(initialN));
        error = new Label();
        error.setId("figureSetError");
        error.setStyle("-fx-text-fill: #b00020;");
        error.setWrapText(true);

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(8));
        g.addRow(0, new Label("Folder"), folderRow);
        g.addRow(1, new Label("Journal size"), preset);
        g.addRow(2, new Label("Figure size"), size);
        g.addRow(3, new Label("File types"), types);
        g.addRow(4, new Label("PNG/TIFF resolution (DPI)"), dpi);
        g.addRow(5, new Label("Subset size n (subset figure)"), n);
        Label note =
                new Label("Writes the diagram, pair-similarity, coverage and subset figures and a multi-panel figure,"
                        + " each with its data as CSV and a caption stub, and the composition table as CSV and LaTeX.");
        note.setWrapText(true);
        note.setMaxWidth(520);
        g.add(note, 0, 6, 2, 1);
        g.add(error, 0, 7, 2, 1);

        InvalidationListener check = o -> validate();
        for (TextField t : List.of(folder, width, height, font, dpi, n))
            t.textProperty().addListener(check);
        preset.valueProperty().addListener(check);
        formats.values().forEach(c -> c.selectedProperty().addListener(check));
        // the OK button of the dialog pane this form is placed into follows the validity
        g.parentProperty().addListener((o, a, parent) -> {
            if (parent instanceof DialogPane pane) {
                pane.getButtonTypes().addListener((javafx.collections.ListChangeListener<ButtonType>) c -> validate());
            }
            validate();
        });
        validate();
        return g;
    }

    private static TextField number(String id) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(5);
        t.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a number, not a line of text
        return t;
    }

    private void showPreset(Object p) {
        boolean custom = !(p instanceof FigurePreset);
        if (p instanceof FigurePreset fp) {
            width.setText(num(fp.widthMm()));
            height.setText(num(fp.heightMm()));
            font.setText(num(fp.fontPt()));
        }
        for (TextField t : List.of(width, height, font)) t.setEditable(custom);
        for (TextField t : List.of(width, height, font)) t.setDisable(!custom);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private void validate() {
        String message = "";
        try {
            choice();
        } catch (IllegalArgumentException e) {
            message = e.getMessage();
        }
        error.setText(message);
        if (error.getParent() != null && error.getParent().getParent() instanceof DialogPane pane) {
            Node ok = pane.lookupButton(ButtonType.OK);
            if (ok != null) ok.setDisable(!message.isEmpty());
        }
    }

    /** The choice the controls hold; throws with a message naming the entry when one is invalid. */
    Choice choice() {
        FigurePreset p = preset.getValue() instanceof FigurePreset fp ? fp : null;
        EnumSet<FigureFormat> f = EnumSet.noneOf(FigureFormat.class);
        formats.forEach((k, c) -> {
            if (c.isSelected()) f.add(k);
        });
        return parse(
                folder.getText(), p, width.getText(), height.getText(), font.getText(), f, dpi.getText(), n.getText());
    }

    /**
     * The choice from the entries as typed.
     *
     * @param preset a journal preset, or null for the custom size in {@code widthMm}, {@code heightMm}, {@code fontPt}
     * @throws IllegalArgumentException naming the entry that is invalid
     */
    static Choice parse(
            String folder,
            FigurePreset preset,
            String widthMm,
            String heightMm,
            String fontPt,
            EnumSet<FigureFormat> formats,
            String dpi,
            String n) {
        if (folder == null || folder.isBlank())
            throw new IllegalArgumentException("Choose the folder of the figure set.");
        Path dir;
        try {
            dir = Path.of(folder.strip());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("The folder '" + folder + "' is not a valid path: " + e.getReason());
        }
        if (formats.isEmpty()) throw new IllegalArgumentException("Choose at least one file type.");
        FigurePreset p = preset != null
                ? preset
                : FigurePreset.SINGLE.with(
                        decimal("width", widthMm), decimal("height", heightMm), decimal("text size", fontPt));
        int d = integer("DPI", dpi);
        int k = integer("subset size n", n);
        return new Choice(dir, new FigureSet.Options(p, formats, d, k));
    }

    private static double decimal(String what, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " '" + text + "' is not a number.");
        }
    }

    private static int integer(String what, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " '" + text + "' is not a whole number.");
        }
    }

    @Override
    public Optional<Choice> result() {
        if (folder == null) return Optional.empty();
        try {
            return Optional.of(choice());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
