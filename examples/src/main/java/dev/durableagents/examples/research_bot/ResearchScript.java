package dev.durableagents.examples.research_bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durableagents.examples.research_bot.ResearchAgents.ReportData;
import dev.durableagents.examples.research_bot.ResearchAgents.WebSearchItem;
import dev.durableagents.examples.research_bot.ResearchAgents.WebSearchPlan;
import dev.durableagents.examples.support.WebSearches;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline model of the {@link Research} sample. The planner answers with a plan of five
 * searches as JSON; each search agent, whichever order their calls arrive in, answers from the
 * search term of its request with a hosted web search item and a summary; the writer answers with a
 * report as JSON. It answers from the request alone, so it may serve any number of runs.
 */
final class ResearchScript {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The planned searches, each with the summary its search agent answers. */
  static final Map<WebSearchItem, String> SEARCHES = new LinkedHashMap<>();

  static {
    SEARCHES.put(
        new WebSearchItem(
            "April is late in the winter swell season: find where waves still work.",
            "best Caribbean surf spots in April"),
        "April = end of the North Atlantic winter swell season, still consistent on north- and"
            + " east-facing coasts. Puerto Rico: Rincon (Tres Palmas, Domes) best Nov-Apr."
            + " Barbados: Soup Bowl at Bathsheba, powerful east-coast reef break, experts;"
            + " south coast for beginners. Dominican Republic: Encuesta and Cabarete, north coast,"
            + " mellow. Crowds thin after Easter.");
    SEARCHES.put(
        new WebSearchItem(
            "The trip should include hiking: which islands have the best trails.",
            "Caribbean islands best hiking trails"),
        "Dominica: Waitukubuli National Trail (14 segments), Boiling Lake hike ~6-8 h return."
            + " St. Lucia: Gros Piton, ~4 h return with a guide. Puerto Rico: El Yunque National"
            + " Forest, short rainforest trails. Guadeloupe: La Soufriere volcano. Trails drier"
            + " and less muddy in the dry season.");
    SEARCHES.put(
        new WebSearchItem(
            "Water sports beyond surfing: kitesurfing, diving and snorkeling conditions.",
            "Caribbean kitesurfing diving snorkeling April conditions"),
        "Cabarete (Dominican Republic): kitesurfing and windsurfing hub, steady trade winds"
            + " into spring. Bonaire: shore diving, protected marine park. Barbados west coast:"
            + " calm, snorkeling with turtles. Sea temperature ~26-27 C in April, good"
            + " visibility.");
    SEARCHES.put(
        new WebSearchItem(
            "Weather and season decide whether April is a good time at all.",
            "Caribbean weather in April dry season"),
        "Dry season Dec-Apr on most islands: little rain, 27-30 C, before the June-November"
            + " hurricane season. Easter week busy and expensive; late April = shoulder season,"
            + " lower prices.");
    SEARCHES.put(
        new WebSearchItem(
            "Find single destinations that combine surfing, hiking and water sports.",
            "Caribbean destinations for surfing hiking and water sports in one trip"),
        "Combos often cited: Puerto Rico (Rincon surf, El Yunque hikes, snorkeling off"
            + " Culebra); Barbados (Bathsheba surf, west-coast snorkeling, short coastal hikes);"
            + " Dominican Republic (Cabarete surf and kite, hikes in El Choco park and Pico"
            + " Duarte). Puerto Rico easiest for US travellers: no passport needed.");
  }

  static final ReportData REPORT =
      new ReportData(
          "Puerto Rico is the best all-round choice for April, with Barbados and the Dominican"
              + " Republic's north coast close behind. April is dry, warm and the end of the"
              + " winter swell season, and prices drop after Easter.",
          "# Caribbean in April: surfing, hiking and water sports\n\n"
              + "## Summary\n"
              + "April is the end of the dry season and of the winter swells: reliable weather,"
              + " warm water and still-working surf on north and east coasts.\n\n"
              + "## Top picks\n"
              + "1. **Puerto Rico**: Rincon's breaks for surfing, El Yunque for hiking, Culebra"
              + " for snorkeling.\n"
              + "2. **Barbados**: the Soup Bowl for experienced surfers, calm west-coast"
              + " snorkeling with turtles.\n"
              + "3. **Dominican Republic**: Cabarete for surfing and kitesurfing, hikes inland.\n\n"
              + "## Hiking elsewhere\n"
              + "Dominica (Boiling Lake) and St. Lucia (Gros Piton) have the best trails but less"
              + " surf.\n\n"
              + "## When to go\n"
              + "Late April, after Easter: the shoulder season, with lower prices and thinner"
              + " crowds.",
          List.of(
              "How big is the surf in Rincon and Bathsheba in late April?",
              "Which islands have direct flights from my home airport?",
              "What do guided hikes on Gros Piton and to the Boiling Lake cost?"));

  private ResearchScript() {}

  static TestModel model() {
    return TestModel.answering(ResearchScript::answer);
  }

  private static ModelResponse answer(ModelRequest request) {
    return switch (request.agentName()) {
      case "PlannerAgent" ->
          TestModel.text(json(new WebSearchPlan(List.copyOf(SEARCHES.keySet()))));
      case "Search agent" -> search(request);
      case "WriterAgent" -> TestModel.text(json(REPORT));
      default -> throw WebSearches.unscripted(request.agentName());
    };
  }

  private static ModelResponse search(ModelRequest request) {
    return WebSearches.answer(
        request,
        SEARCHES.keySet().stream().map(WebSearchItem::query).toList(),
        List.copyOf(SEARCHES.values()),
        "Search agent");
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
