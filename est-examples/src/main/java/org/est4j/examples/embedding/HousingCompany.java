package org.est4j.examples.embedding;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.assessment.Scale;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FeedbackReports;
import org.est4j.core.feedback.FeedbackRequest;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.PictureCompiler;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.ScaleProvider;
import org.est4j.core.spi.TrendTestProvider;
import org.est4j.core.time.Period;
import org.est4j.io.json.EstJacksonModule;

/**
 * A housing company's case system (<i>Bostadsbolagets ärendesystem</i>) with est4j embedded — the host of the
 * embedding example. What it keeps its own:
 * <ul>
 *   <li><b>Storage.</b> Its cases stay in its own store (here a list standing in for its database), with its own
 *       case numbers, property codes and case types. est4j gets {@link Observation}s made from them when a picture
 *       is wanted ({@link #observations()}), and needs no store of its own: {@link FeedbackReports} takes them.</li>
 *   <li><b>Words.</b> Staff see the company's own names for the categories ("Skräp i trapphus och miljörum", not
 *       "Nedskräpning"): a {@link Taxonomy} with the standard categories relabelled ({@link #taxonomy()}), which
 *       every report then speaks.</li>
 *   <li><b>JSON.</b> Its own {@link ObjectMapper}, configured its way, with {@link EstJacksonModule} registered, so
 *       that its own documents ({@link Board}) can carry est4j's types ({@link #boardJson(Period)}).</li>
 * </ul>
 *
 * <p>Implementation requirements: instances are thread-safe; {@link #open(Case)} may be called while reports are
 * made (the store is synchronised and read as a copy).
 */
public final class HousingCompany {
    /** The company's own case types, by code, and the standard category each one counts as. */
    static final Map<String, CategoryId> CASE_TYPES = Map.of(
            "SKR", CategoryId.of("littering"),
            "KLO", CategoryId.of("property-damage.graffiti"),
            "BEL", CategoryId.of("unsafe-place.lighting"),
            "OSK", CategoryId.of("gathering"));
    /** The company's own words for the categories its staff see, Swedish and English. */
    private static final Map<CategoryId, String[]> WORDS = Map.of(
            CategoryId.of("littering"), new String[] {"Skräp i trapphus och miljörum", "Litter in stairwells"},
            CategoryId.of("property-damage"), new String[] {"Skadegörelse och klotter", "Damage and graffiti"},
            CategoryId.of("unsafe-place"), new String[] {"Mörka och otrygga platser", "Dark and unsafe places"},
            CategoryId.of("gathering"), new String[] {"Oroliga grupper i entréer", "Unsettling groups at entrances"});

    private final AreaHierarchy properties;
    private final Taxonomy taxonomy;
    private final ObjectMapper mapper;
    private final List<Case> store = Collections.synchronizedList(new ArrayList<>());

    private HousingCompany(AreaHierarchy properties, ObjectMapper mapper) {
        this.properties = properties;
        this.taxonomy = taxonomy();
        this.mapper = mapper;
    }

    /**
     * Returns the company with its properties: the estate Norrhöjden and its three buildings.
     *
     * @return a company with no cases yet
     */
    public static HousingCompany norrhojden() {
        AreaHierarchy properties = AreaHierarchy.of(
                Area.of(AreaId.of("norrhojden"), "Norrhöjden", AreaLevel.NEIGHBOURHOOD),
                Area.of(AreaId.of("norrhojden/smedsvagen-4"), "Smedsvägen 4", AreaLevel.PLACE, AreaId.of("norrhojden")),
                Area.of(AreaId.of("norrhojden/smedsvagen-6"), "Smedsvägen 6", AreaLevel.PLACE, AreaId.of("norrhojden")),
                Area.of(AreaId.of("norrhojden/kvarnvagen-1"), "Kvarnvägen 1", AreaLevel.PLACE, AreaId.of("norrhojden")));
        // The host's own mapper, set up its own way; est4j's module only adds est4j's types to it.
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .registerModule(new EstJacksonModule());
        return new HousingCompany(properties, mapper);
    }

    /**
     * Returns the standard taxonomy with the company's own words for the categories its staff see.
     *
     * @return the relabelled taxonomy: the same ids, so that every est4j engine and plugin still works
     */
    public static Taxonomy taxonomy() {
        List<Category> relabelled = new ArrayList<>();
        for (Category c : Taxonomy.standard().all()) {
            String[] words = WORDS.get(c.id());
            relabelled.add(words == null ? c : Category.builder().from(c).labelSv(words[0]).labelEn(words[1]).build());
        }
        return Taxonomy.of(relabelled);
    }

    /**
     * Opens a case in the company's own store.
     *
     * @param c the case
     */
    public void open(Case c) {
        store.add(requireNonNull(c, "c"));
    }

    /**
     * Returns the cases as est4j observations: the case number as the id, the property as the area, the case type's
     * category, the source {@code OTHER} through the channel {@code ärendesystemet}, and visibility
     * {@code PARTNERS} (the company shares its picture with the EST group's partners, not with the public, case by
     * case).
     *
     * @return one observation per case, in the order opened
     */
    public List<Observation> observations() {
        List<Case> cases;
        synchronized (store) {
            cases = new ArrayList<>(store);
        }
        return cases.stream().map(c -> Observation.builder().id(ObservationId.of(c.number())).source(Source.OTHER)
                .channel("ärendesystemet").area(AreaId.of(c.property())).category(CASE_TYPES.get(c.type()))
                .severity(Severity.of(c.type().equals("OSK") ? 3 : 2)).occurredAtLocal(c.opened())
                .description(c.text()).visibility(Visibility.PARTNERS).build()).collect(Collectors.toList());
    }

    /**
     * Returns the company's feedback report for an audience, in the company's words.
     *
     * @param audience who it is for
     * @param period the period
     * @return the report, disclosed for the audience
     */
    public FeedbackReport report(Audience audience, Period period) {
        return reports().report(FeedbackRequest.builder().policy(DisclosurePolicy.forAudience(audience))
                .period(period).municipality("AB Sjövikshem").build());
    }

    /**
     * Returns the company's own board document for a period as JSON, written by its own mapper: its name, the
     * period, and est4j's picture of the estate.
     *
     * @param period the period
     * @return the JSON text
     */
    public String boardJson(Period period) {
        PictureSet pictures = compiler().compile(org.est4j.core.store.ObservationStore.of(observations()), period);
        try {
            return mapper.writeValueAsString(new Board("AB Sjövikshem, Norrhöjden", period,
                    pictures.picture(AreaId.of("norrhojden")).total(), pictures.notes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the board document cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the host's own mapper.
     *
     * @return the mapper, with est4j's module registered
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    private PictureCompiler compiler() {
        EstPlugins plugins = EstPlugins.global();
        return PictureCompiler.builder(properties, taxonomy)
                .trendTest(plugins.get(TrendTestProvider.class, "poisson-exact").create(PluginConfig.empty()))
                .build();
    }

    private FeedbackReports reports() {
        Scale scale = EstPlugins.global().get(ScaleProvider.class, "traffic-light-3").scale();
        return FeedbackReports.builder(compiler()).scale(scale).observations(observations()).build();
    }

    @Override
    public String toString() {
        return "HousingCompany[" + properties.size() + " properties, " + store.size() + " cases]";
    }

    /**
     * A case in the company's own store: its number, the property code, the company's case type (see
     * {@link #CASE_TYPES}), when it was opened and what the caretaker wrote.
     *
     * @param number the case number, such as {@code ÄR-2026-0412}
     * @param property the property code, an area id of the estate
     * @param type the case type code
     * @param opened when the case was opened, local time
     * @param text the caretaker's note
     */
    public record Case(String number, String property, String type, LocalDateTime opened, String text) {
        /** Checks the case as the company's own system would. */
        public Case {
            requireNonNull(number, "number");
            requireNonNull(property, "property");
            requireNonNull(opened, "opened");
            requireNonNull(text, "text");
            if (!CASE_TYPES.containsKey(type)) {
                throw new IllegalArgumentException("unknown case type " + type + "; known: " + CASE_TYPES.keySet());
            }
        }
    }

    /**
     * The company's own board document: its own fields beside est4j's types, written by the host's mapper.
     *
     * @param estate the estate's name
     * @param period an est4j period, written by est4j's module as {@code "2026-11"}
     * @param observations how many cases the estate had in the period
     * @param notes est4j's notes on the picture
     */
    public record Board(String estate, Period period, long observations, List<String> notes) {
        /** Copies the notes. */
        public Board {
            notes = List.copyOf(notes);
        }
    }
}
