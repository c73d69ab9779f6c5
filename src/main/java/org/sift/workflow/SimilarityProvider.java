package org.sift.workflow;

import java.io.IOException;
import java.util.Map;
import org.sift.concurrent.ProgressMonitor;
import org.sift.model.Dataset;
import org.sift.similarity.StructureSimilarity;

/**
 * Computes the structure similarity of a dataset (the SOAP engine in production). The use cases of
 * this package depend only on this, so tests can plug in any similarity.
 */
public interface SimilarityProvider {

    StructureSimilarity compute(Dataset dataset, ProgressMonitor monitor) throws IOException;

    /**
     * The parameters that determine the similarity (e.g. SOAP cutoff, sigma, l_max, kernel options),
     * recorded in manifests; a replay refuses a provider whose parameters differ. Values must be
     * JSON-friendly (numbers, strings, booleans).
     */
    Map<String, Object> parameters();
}
