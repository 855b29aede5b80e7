// The demo debate as a transcript: a Participatiekamer training in Twenterand (see
// shared/seed) debating two stellingen. Indices refer to demo_people().
#include "demo/demo_script.hpp"

namespace lagerhuis::demo {
namespace {

using core::ArgumentKind;
using core::EvidenceKind;
using core::Side;
using K = ArgumentKind;
using E = EvidenceKind;
using F = FallacyFate;

constexpr ScriptedPerson people[] = {
    {"Anna de Vries", true}, {"Bram Jansen", true},   {"Chantal Bakker", true}, {"Daan Visser", true},
    {"Eva Smit", true},      {"Fatima El Amrani", true}, {"Gert Mulder", false}, {"Hanneke Bos", true},
    {"Iris de Jong", true},  {"Joost Meijer", true},  {"Karim Yılmaz", true},   {"Lotte van Dijk", true},
};
enum : int { anna, bram, chantal, daan, eva, fatima, gert, hanneke, iris, joost, karim, lotte };

// [SECTION] Stelling 1: het zwembad
constexpr ScriptedMove pool_seats[] = {
    {anna, Side::voor},     {bram, Side::voor},  {chantal, Side::voor}, {daan, Side::voor},
    {eva, Side::tegen},     {fatima, Side::tegen}, {gert, Side::tegen}, {hanneke, Side::tegen},
    {iris, Side::tegen},    {joost, Side::twijfel}, {karim, Side::twijfel}, {lotte, Side::twijfel},
};
constexpr ScriptedArgument p1[] = {{K::pro, -1, E::fact, "Het zwembad kost de gemeente elk jaar € 450.000; dat geld is hard nodig voor de zorg."}};
constexpr ScriptedArgument p2[] = {{K::contra, -1, E::experience, "Zwemles voor kinderen verdwijnt uit het dorp; ouders moeten twintig minuten rijden."}};
constexpr ScriptedArgument p3[] = {{K::rebuttal, 1, E::fact, "In Vroomshoop is plek voor 300 extra zwemlessen per week, en de bus rijdt er elk half uur."}};
constexpr ScriptedArgument p4[] = {{K::rebuttal, 0, E::example, "Met vrijwilligers achter de kassa en in de kantine dalen de kosten met een derde, zoals in Westerhaar."}};
constexpr ScriptedArgument p5[] = {{K::support, 0, E::expert, "De accountant noemt het tekort structureel: het groeit elk jaar."}};
constexpr ScriptedArgument p6[] = {{K::contra, -1, E::value, "Een dorp zonder zwembad verliest zijn hart; hier heeft iedereen leren zwemmen."}};
constexpr ScriptedArgument p7[] = {{K::rebuttal, 3, E::example, "In Westerhaar stopten de vrijwilligers na twee jaar; toen ging het bad alsnog dicht."}};
constexpr ScriptedArgument p8[] = {{K::contra, -1, E::fact, "Zwemvaardigheid redt levens: Twente ligt vol kanalen en plassen."}};
constexpr ScriptedArgument p9[] = {{K::rebuttal, 7, E::none, "Zwemles kan ook als schoolzwemmen in de buurgemeente."}};
constexpr ScriptedArgument p10[] = {{K::contra, -1, E::none, "Wie voor sluiting is, woont zeker niet in Vriezenveen."}};
constexpr ScriptedArgument p11[] = {{K::support, 2, E::fact, "De provincie betaalt het busvervoer naar zwemles voor alle basisscholen."}};
constexpr ScriptedArgument p12[] = {{K::rebuttal, 4, E::expert, "Een onafhankelijk bureau berekende dat een sportcentrum met fitness het tekort halveert."}};
constexpr ScriptedArgument p13[] = {{K::rebuttal, 11, E::none, "Die berekening is gemaakt in opdracht van de zwemvereniging zelf."}};
constexpr ScriptedArgument p14[] = {{K::contra, -1, E::none, "Als het zwembad dichtgaat, volgt de bibliotheek en daarna de school."}};
constexpr ScriptedArgument p15[] = {{K::support, 11, E::experience, "Ik zat zelf in de werkgroep: de plannen voor het sportcentrum liggen klaar."}};
constexpr ScriptedArgument p16[] = {{K::question, 3, E::none, "Wie levert die vrijwilligers de komende tien jaar?"}};
constexpr ScriptedArgument p17[] = {{K::rebuttal, 6, E::example, "Westerhaar had geen vaste coördinator; wij regelen die via de zwemvereniging."}};
constexpr ScriptedArgument p18[] = {{K::pro, -1, E::none, "Iedereen weet toch dat kleine zwembaden nooit rendabel zijn."}};
constexpr ScriptedArgument p19[] = {{K::support, 7, E::fact, "Vorig jaar verdronken in Overijssel meer kinderen dan in de vijf jaar ervoor."}};
constexpr ScriptedArgument p20[] = {{K::rebuttal, 18, E::none, "Dat gebeurt in open water, niet omdat er te weinig zwembaden zijn."}};
constexpr ScriptedArgument p21[] = {{K::support, 16, E::value, "Samen een bad draaiende houden is precies de participatie die de gemeente zegt te willen."}};
constexpr ScriptedArgument p22[] = {{K::rebuttal, 20, E::fact, "Vrijwilligers kunnen geen badmeesters vervangen; die zijn wettelijk verplicht."}};

constexpr int flag_p6[] = {bram};
constexpr int flag_p7[] = {iris};
constexpr int flag_p10[] = {anna, chantal};
constexpr int flag_p13[] = {eva};
constexpr int flag_p18[] = {hanneke};
constexpr ScriptedMove cross_p3[] = {{joost, Side::voor}};
constexpr ScriptedMove cross_p4[] = {{karim, Side::tegen}};
constexpr ScriptedMove cross_p8[] = {{lotte, Side::tegen}};
constexpr ScriptedMove cross_p12[] = {{daan, Side::tegen}};
constexpr ScriptedMove cross_p17[] = {{joost, Side::twijfel}, {chantal, Side::twijfel}};
constexpr ScriptedMove cross_p22[] = {{chantal, Side::voor}};

constexpr ScriptedTurn pool_turns[] = {
    {anna, p1},
    {eva, p2},
    {bram, p3, {}, F::none, {}, cross_p3},
    {fatima, p4, {}, F::none, {}, cross_p4},
    {chantal, p5},
    {gert, p6, "appeal_to_emotion", F::flagged_confirmed, flag_p6},
    {daan, p7, "hasty_generalisation", F::flagged_confirmed, flag_p7},
    {hanneke, p8, {}, F::none, {}, cross_p8},
    {anna, p9},
    {iris, p10, "circumstantial_ad_hominem", F::flagged_confirmed, flag_p10},
    {bram, p11},
    {eva, p12, {}, F::none, {}, cross_p12},
    {chantal, p13, "circumstantial_ad_hominem", F::flagged_dismissed, flag_p13},
    {karim, p14, "slippery_slope", F::missed},
    {daan, p15},
    {anna, p16},
    {fatima, p17, {}, F::none, {}, cross_p17},
    {joost, p18, "evading_burden_of_proof", F::flagged_confirmed, flag_p18},
    {lotte, p19},
    {bram, p20},
    {hanneke, p21},
    {chantal, p22, {}, F::none, {}, cross_p22},
};

// [SECTION] Stelling 2: het dorpsbudget
constexpr ScriptedMove budget_seats[] = {
    {anna, Side::voor},   {eva, Side::voor},   {fatima, Side::voor},  {hanneke, Side::voor},
    {karim, Side::voor},  {bram, Side::tegen}, {chantal, Side::tegen}, {daan, Side::tegen},
    {iris, Side::tegen},  {gert, Side::twijfel}, {joost, Side::twijfel}, {lotte, Side::twijfel},
};
constexpr ScriptedArgument b1[] = {{K::pro, -1, E::experience, "In Den Ham besliste de dorpsraad zelf over € 50.000; de speeltuin stond er binnen een half jaar."}};
constexpr ScriptedArgument b2[] = {{K::contra, -1, E::fact, "De gemeenteraad is gekozen om over geld te beslissen; een dorpsraad niet."}};
constexpr ScriptedArgument b3[] = {{K::rebuttal, 1, E::value, "De raad blijft het kader stellen; inwoners kiezen alleen binnen dat kader."}};
constexpr ScriptedArgument b4[] = {{K::contra, -1, E::example, "Bij de buurtbudgetten in Almelo kwamen vooral de mondigste bewoners aan bod."}};
constexpr ScriptedArgument b5[] = {{K::rebuttal, 3, E::fact, "Met loting en digitale stemmingen bereikte Almelo daarna vier keer zoveel bewoners."}};
constexpr ScriptedArgument b6[] = {{K::contra, -1, E::none, "Je wilt toch niet dat een paar hardroepers ons belastinggeld verdelen?"}};
constexpr ScriptedArgument b7[] = {{K::support, 0, E::expert, "Onderzoek van de VNG laat zien dat het vertrouwen stijgt waar inwoners meebeslissen."}};
constexpr ScriptedArgument b8[] = {{K::rebuttal, 6, E::none, "De VNG is een club van gemeenten; die zeggen dat natuurlijk."}};
constexpr ScriptedArgument b9[] = {{K::pro, -1, E::value, "Wie in het dorp woont, weet het best wat het dorp nodig heeft."}};
constexpr ScriptedArgument b10[] = {{K::rebuttal, 8, E::example, "Vriezenveen wilde vorig jaar een skatebaan, en die stond na drie maanden leeg."}};
constexpr ScriptedArgument b11[] = {{K::question, 0, E::none, "Wie controleert of het geld goed besteed wordt?"}};
constexpr ScriptedArgument b12[] = {{K::support, 0, E::fact, "In Den Ham legt de dorpsraad elk jaar verantwoording af, op een open avond en in de raad."}};
constexpr ScriptedArgument b13[] = {{K::question, 11, E::none, "En als het toch misgaat, wie betaalt dan het tekort?"}};
constexpr ScriptedArgument b14[] = {{K::contra, -1, E::none, "Als dorpen een eigen budget krijgen, wil straks elke straat er een."}};
constexpr ScriptedArgument b15[] = {{K::pro, -1, E::experience, "Bij de ijsbaanvereniging doen we alles zelf, en de ijsbaan ligt er elk jaar weer."}};
constexpr ScriptedArgument b16[] = {{K::rebuttal, 14, E::none, "Een ijsbaan is geen dorpsbudget; dat zijn appels en peren."}};
constexpr ScriptedArgument b17[] = {{K::rebuttal, 13, E::none, "Niemand stelt budgetten per straat voor; het gaat om de vier dorpskernen."}};
constexpr ScriptedArgument b18[] = {{K::contra, -1, E::fact, "Voor dorpsbudgetten zijn extra ambtenaren nodig: € 120.000 per jaar."}};
constexpr ScriptedArgument b19[] = {{K::rebuttal, 17, E::fact, "Die ambtenaren zijn er al: de wijkcoördinatoren doen dit werk nu ook."}};
constexpr ScriptedArgument b20[] = {{K::contra, -1, E::none, "Dit is niet bespreekbaar: de raad gaat over het geld, punt."}};
constexpr ScriptedArgument b21[] = {{K::support, 2, E::value, "Meebeslissen is wat de Participatiekamer ons leerde: eigenaarschap bij de inwoner."}};
constexpr ScriptedArgument b22[] = {{K::rebuttal, 20, E::none, "Eigenaarschap klinkt mooi, maar niemand kan uitleggen wat het precies betekent."}};

constexpr int flag_b6[] = {eva};
constexpr int flag_b8[] = {karim};
constexpr int flag_b10[] = {anna};
constexpr int flag_b14[] = {fatima, karim};
constexpr int flag_b16[] = {gert};
constexpr int flag_b22[] = {lotte};
constexpr ScriptedMove cross_b5[] = {{iris, Side::twijfel}};
constexpr ScriptedMove cross_b12[] = {{joost, Side::voor}};
constexpr ScriptedMove cross_b15[] = {{gert, Side::voor}, {lotte, Side::voor}};
constexpr ScriptedMove cross_b19[] = {{daan, Side::twijfel}};
constexpr ScriptedMove cross_b20[] = {{iris, Side::tegen}};

constexpr ScriptedTurn budget_turns[] = {
    {eva, b1},
    {bram, b2},
    {fatima, b3},
    {chantal, b4},
    {karim, b5, {}, F::none, {}, cross_b5},
    {iris, b6, "loaded_question", F::flagged_confirmed, flag_b6},
    {hanneke, b7},
    {daan, b8, "circumstantial_ad_hominem", F::flagged_confirmed, flag_b8},
    {anna, b9},
    {bram, b10, "hasty_generalisation", F::flagged_dismissed, flag_b10},
    {joost, b11},
    {eva, b12, {}, F::none, {}, cross_b12},
    {joost, b13, {}, F::none, {}, {}, "Vervolgvraag op het antwoord van Eva"},
    {chantal, b14, "slippery_slope", F::flagged_confirmed, flag_b14},
    {gert, b15, {}, F::none, {}, cross_b15},
    {iris, b16, "false_analogy", F::flagged_pending, flag_b16},
    {karim, b17},
    {daan, b18},
    {hanneke, b19, {}, F::none, {}, cross_b19},
    {bram, b20, "sacrosanct", F::missed, {}, cross_b20},
    {lotte, b21},
    {chantal, b22, "vagueness_equivocation", F::flagged_pending, flag_b22},
};

constexpr ScriptedStatement statements[] = {
    {"Het zwembad in Vriezenveen moet dicht.", pool_seats, pool_turns},
    {"Inwoners moeten zelf beslissen over het budget van hun dorpskern.", budget_seats, budget_turns},
};

}  // namespace

std::span<const ScriptedPerson> demo_people() { return people; }
std::span<const ScriptedStatement> demo_statements() { return statements; }

}  // namespace lagerhuis::demo
