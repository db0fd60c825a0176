package org.est4j.core.evaluation;

import org.est4j.core.Labelled;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.est4j.core.UnknownReferenceException;

/**
 * The statistical method behind an {@link Evaluation}, with the stable id used in exports.
 */
public enum EvaluationMethod implements Labelled {
    /** The weighted displacement difference test of Wheeler and Ratcliffe (2018), with optional weights. */
    WDD("wdd", "viktad förskjutningsdifferens (WDD)", "weighted displacement difference (WDD)"),
    /** Several WDD tests, one per crime type, summed with harm weights. */
    WDD_HARM("wdd-harm", "skadeviktad WDD", "harm-weighted WDD"),
    /** The weighted displacement quotient of Bowers and Johnson (2003). */
    WDQ("wdq", "viktad förskjutningskvot (WDQ)", "weighted displacement quotient (WDQ)"),
    /** The E-test for two Poisson rates of Krishnamoorthy and Thomson (2004). */
    E_TEST("e-test", "E-test för två Poissontakter", "E-test for two Poisson rates"),
    /** The rate ratio after/before in one area, with a confidence interval on the log scale. */
    BEFORE_AFTER("before-after", "före/efter-kvot", "before/after rate ratio");

    private final String id;
    private final String labelSv;
    private final String labelEn;

    EvaluationMethod(String id, String labelSv, String labelEn) {
        this.id = id;
        this.labelSv = labelSv;
        this.labelEn = labelEn;
    }

    /**
     * Returns the stable id used in exports.
     *
     * @return such as {@code wdd} or {@code e-test}
     */
    public String id() {
        return id;
    }

    @Override
    public String labelSv() {
        return labelSv;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /**
     * Returns the method with an id.
     *
     * @param id such as {@code wdq}
     * @return the method
     * @throws UnknownReferenceException when no method has that id; the message lists the known ids
     */
    public static EvaluationMethod fromId(String id) {
        requireNonNull(id, "id");
        for (EvaluationMethod method : values()) {
            if (method.id.equals(id)) {
                return method;
            }
        }
        throw new UnknownReferenceException("evaluation method", id,
                "the built-in methods (" + Arrays.stream(values()).map(EvaluationMethod::id).collect(Collectors.joining(", ")) + ")");
    }
}
