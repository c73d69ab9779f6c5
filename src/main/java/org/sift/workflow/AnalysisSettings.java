package org.sift.workflow;

import java.util.Objects;
import org.sift.descriptor.SoapParameters;
import org.sift.similarity.KernelOptions;

/** The descriptor and kernel settings the workbench computes with. */
public record AnalysisSettings(SoapParameters soap, KernelOptions kernel) {

    public static final AnalysisSettings STUDY = new AnalysisSettings(SoapParameters.STUDY, KernelOptions.DEFAULT);

    public AnalysisSettings {
        Objects.requireNonNull(soap, "soap");
        Objects.requireNonNull(kernel, "kernel");
    }
}
