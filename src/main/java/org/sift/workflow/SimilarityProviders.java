package org.sift.workflow;

import org.sift.descriptor.SoapParameters;
import org.sift.similarity.KernelOptions;

/** Where the application's similarity provider is made. */
public final class SimilarityProviders {

    private SimilarityProviders() {
    }

    /**
     * The SOAP similarity provider with the given parameters.
     *
     * <p>MERGE POINT: the SOAP engine (org.sift.similarity) is developed separately; replace this
     * body with the SOAP provider when it is merged. The CLI commands {@code select} and
     * {@code analyze} obtain their provider only here.
     */
    public static SimilarityProvider defaultProvider(SoapParameters soap, KernelOptions kernel) {
        throw new UnsupportedOperationException("SOAP engine not merged yet");
    }
}
