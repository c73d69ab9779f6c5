package org.sift.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;
import javafx.util.Duration;
import org.sift.ui.analysis.AnalysisViewModel;
import org.sift.ui.sampling.SamplingViewModel;
import org.sift.workflow.AnalysisResult;

/** Applies a {@link DemoState} to the main window once the first analysis is in (screenshot scripts). */
final class DemoDriver {

    private DemoDriver() {}

    static void applyWhenReady(DemoState s, MainView view) {
        if (s.isEmpty()) return;
        if (s.window() != null) {
            view.stage().setWidth(s.window()[0]);
            view.stage().setHeight(s.window()[1]);
            view.stage().setX(0);
            view.stage().setY(0);
        }
        AnalysisViewModel analysis = view.analysisTabs().analysis();
        if (analysis.getResult() != null) {
            apply(s, view);
            return;
        }
        analysis.resultProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends AnalysisResult> o, AnalysisResult a, AnalysisResult r) {
                if (r == null) return;
                analysis.resultProperty().removeListener(this);
                apply(s, view);
            }
        });
    }

    private static void apply(DemoState s, MainView view) {
        AnalysisTabs tabs = view.analysisTabs();
        AnalysisViewModel analysis = tabs.analysis();
        SamplingViewModel sampling = tabs.sampling();
        if (s.namedSubset() != null) {
            int n = sampling.nProperty().get();
            if (s.namedSize() != null) sampling.nProperty().set(s.namedSize());
            view.session().viewModel().named().saveSubset(s.namedSubset());
            sampling.nProperty().set(n);
        }
        if (s.n() != null) sampling.nProperty().set(s.n());
        if (s.random()) analysis.compareRandomProperty().set(true);
        if (s.log()) sampling.logScaleProperty().set(true);
        if (s.colour() != null) {
            var choice = tabs.diagram().colourChoices().stream()
                    .filter(p -> p.label().equalsIgnoreCase(s.colour())
                            || p.label()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .startsWith(s.colour().toLowerCase(java.util.Locale.ROOT)))
                    .findFirst();
            if (choice.isEmpty()) {
                view.dialogs()
                        .showError(
                                "Cannot colour by " + s.colour(),
                                "This dataset offers: " + tabs.diagram().colourChoices());
            }
            choice.ifPresent(p -> tabs.diagram().colourByProperty().set(p));
        }
        String tab = s.tab() == null ? "diagram" : s.tab();
        Tab t = view.tabs().getTabs().stream()
                .filter(x -> (tab + "Tab").equals(x.getId()))
                .findFirst()
                .orElse(view.tabs().getTabs().get(0));
        view.tabs().getSelectionModel().select(t);
        if ("accuracy".equals(tab)) runAccuracyWhenPossible(tabs.accuracy());
        if (s.selectAuto()) {
            AnalysisResult r = analysis.getResult();
            double[] bx = bounds(r.diagram().x());
            double[] by = bounds(r.diagram().y());
            double cx = (bx[0] + bx[1]) / 2;
            double cy = (by[0] + by[1]) / 2;
            double hx = (bx[1] - bx[0]) * 0.12;
            double hy = (by[1] - by[0]) * 0.12;
            tabs.diagram().selectBox(cx - hx, cy - hy, cx + hx, cy + hy, false);
        } else if (s.selectBox() != null) {
            double[] b = s.selectBox();
            tabs.diagram().selectBox(b[0], b[1], b[2], b[3], false);
        }
        if (s.ready() != null) {
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                PauseTransition pause = new PauseTransition(Duration.seconds(1.5));
                pause.setOnFinished(e -> {
                    if (view.viewModel().taskRunner().isRunning()
                            || !analysis.upToDateProperty().get()) {
                        check[0].run();
                        return;
                    }
                    try {
                        Files.writeString(s.ready(), "ready\n");
                    } catch (IOException ex) {
                        view.dialogs().showError("Cannot write " + s.ready(), ex.getMessage());
                    }
                    if ("figureset".equals(s.dialog())) {
                        javafx.application.Platform.runLater(
                                () -> tabs.figureSetExport().exportFigureSet());
                    }
                });
                pause.play();
            };
            check[0].run();
        }
    }

    /** Runs the learning curve once, as soon as the analysis is idle (the screenshot of the Accuracy tab). */
    private static void runAccuracyWhenPossible(org.sift.ui.accuracy.AccuracyViewModel accuracy) {
        if (accuracy.canRunProperty().get()) {
            accuracy.run();
            return;
        }
        accuracy.canRunProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean a, Boolean can) {
                if (!can) return;
                accuracy.canRunProperty().removeListener(this);
                javafx.application.Platform.runLater(accuracy::run);
            }
        });
    }

    private static double[] bounds(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double a : v) {
            if (Double.isFinite(a)) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
            }
        }
        return new double[] {lo, hi};
    }
}
