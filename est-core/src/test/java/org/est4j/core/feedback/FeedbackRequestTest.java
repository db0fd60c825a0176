package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.junit.jupiter.api.Test;

class FeedbackRequestTest {
    @Test
    void anAudienceGetsItsDefaultPolicyAndSwedish() {
        FeedbackRequest r = FeedbackRequest.of(Audience.PUBLIC, Samples.MAY);
        assertThat(r.policy()).isEqualTo(DisclosurePolicy.forAudience(Audience.PUBLIC));
        assertThat(r.locale().getLanguage()).isEqualTo("sv");
        assertThat(r.title()).isEmpty();
        assertThat(r.prioritisations()).isEmpty();
        assertThat(r).hasToString("FeedbackRequest PUBLIC 2025-05");
    }

    @Test
    void refusesBlankTitlesAndMissingParts() {
        assertThatThrownBy(() -> FeedbackRequest.builder().title(" ").municipality("").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).contains("policy", "period", "title", "municipality"));
        assertThatThrownBy(() -> FeedbackRequest.of((Audience) null, Samples.MAY))
                .isInstanceOf(NullPointerException.class);
    }
}
