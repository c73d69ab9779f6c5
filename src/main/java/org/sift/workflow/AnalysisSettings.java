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

    /** The descriptor and kernel in words, for figure captions. */
    public String describe() {
        return String.format(
                java.util.Locale.ROOT,
                "SOAP power spectrum, r_c = %s Å, cutoff width %s Å, σ = %s Å, l_max = %d,"
                        + " average structure kernel with ζ = %d%s",
                soap.cutoff(),
                soap.transitionWidth(),
                soap.sigma(),
                soap.lMax(),
                kernel.zeta(),
                kernel.separateCentralSpecies() ? ", environments of different central species not compared" : "");
    }
}
