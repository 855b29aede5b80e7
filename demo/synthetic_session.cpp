// synthetic_session(): a scripted room. Each step either does what the clock asks for (a
// turn runs out, a pause ends, a poll is due, the tagging falls behind) or one thing a
// person in the room does, drawn from a fixed mix and chosen so the engine accepts it:
// the generator reads the state first, so refusals stay rare.
//
// Time follows the log: event i happens at about duration × i / (events − 1), so the
// session spans the duration exactly whatever the event count. Each statement gets an
// equal share of the events after the setup and ends with just the events its closing
// needs, so the log has exactly the requested length.
#include "demo/synthetic_session.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <optional>
#include <random>
#include <string>

#include "core/session_driver.hpp"
#include "core/turn_policy.hpp"

namespace lagerhuis::demo {
namespace {

using namespace lagerhuis::core;

// Raw engine outputs mapped by modulo: the same numbers with any standard library.
class Dice {
public:
    explicit Dice(std::uint64_t seed) : engine_(seed) {}

    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : engine_() % n; }
    bool chance(std::uint64_t per_mille) { return below(1000) < per_mille; }
    Millis between(Millis low, Millis high) {
        return low + static_cast<Millis>(below(static_cast<std::uint64_t>(high - low + 1)));
    }
    template <class Items>
    const auto& pick(const Items& items) { return items[below(items.size())]; }
private:
    std::mt19937_64 engine_;
};

constexpr std::array<const char*, 24> first_names{
    "Anna", "Bram", "Carla", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Iris", "Joost", "Kees", "Lotte",
    "Mila", "Noah", "Olga", "Pieter", "Quinten", "Roos", "Sem", "Tess", "Ugo", "Vera", "Wouter", "Yara"};
constexpr std::array<const char*, 20> last_names{
    "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
    "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer"};
constexpr std::array<const char*, 8> statement_texts{
    "Het zwembad in Vriezenveen moet dicht", "De gemeente moet alle vergaderingen 's avonds houden",
    "Elke wijk krijgt een eigen budget dat bewoners zelf verdelen", "Parkeren in het centrum moet gratis worden",
    "Inspraakavonden zijn zinloos als het besluit al vaststaat", "Ambtenaren moeten één dag per week in de wijk werken",
    "Jongeren vanaf zestien mogen meestemmen over lokale plannen", "De gemeente moet stoppen met papieren brieven"};
constexpr std::array<const char*, 10> argument_texts{
    "Dat kost de gemeente jaarlijks te veel geld", "In de buurgemeente werkte dit juist goed",
    "Ouderen worden hierdoor buitengesloten", "Het onderzoek van vorig jaar laat iets anders zien",
    "Bewoners voelen zich dan eindelijk gehoord", "Dat geldt alleen voor het centrum, niet voor de dorpen",
    "Ik heb zelf meegemaakt dat het misging", "De wet laat de gemeente daar geen ruimte voor",
    "Zonder draagvlak houdt geen enkel plan stand", "Wie betaalt er uiteindelijk de rekening?"};
// How often each kind of support comes with a tagged argument: one draw from this bag.
constexpr std::array<EvidenceKind, 20> evidence_bag{
    EvidenceKind::none,    EvidenceKind::none,    EvidenceKind::none,       EvidenceKind::none,
    EvidenceKind::none,    EvidenceKind::none,    EvidenceKind::none,       EvidenceKind::example,
    EvidenceKind::example, EvidenceKind::example, EvidenceKind::fact,       EvidenceKind::fact,
    EvidenceKind::fact,    EvidenceKind::fact,    EvidenceKind::expert,     EvidenceKind::expert,
    EvidenceKind::experience, EvidenceKind::experience, EvidenceKind::value, EvidenceKind::value};

constexpr ParticipantId facilitator{1};
constexpr std::size_t recent_window = 15;  // how far back people look for an argument to answer

class Room {
public:
    Room(const SyntheticSessionSpec& spec, SyntheticSessionStats* stats)
        : spec_(spec), stats_(stats), dice_(spec.seed), statement_arguments_(spec.statements) {}

    std::vector<Event> run() {
        setup();
        if (!state().created) return {};
        const std::size_t setup_end = logged();
        const std::size_t rest = spec_.events > setup_end ? spec_.events - setup_end : 0;
        for (std::uint32_t s = 0; s < spec_.statements; ++s)
            run_statement(StatementId{s + 1}, setup_end + rest * (s + 1) / spec_.statements);
        std::vector<Event> log = driver_.log();
        // Only when the spec leaves no room for its own setup.
        if (log.size() > spec_.events) log.resize(spec_.events);
        return log;
    }

private:
    const State& state() const { return driver_.state(); }
    std::size_t logged() const { return driver_.log().size(); }
    std::size_t catalog_size() const { return spec_.catalog.fallacies.size(); }

    // The time of the next event, before jitter.
    Millis clock() const {
        const std::size_t last = spec_.events > 1 ? spec_.events - 1 : 1;
        return spec_.duration_ms * static_cast<Millis>(std::min(logged(), last)) / static_cast<Millis>(last);
    }

    bool submit(ParticipantId actor, CommandBody body) {
        Millis now = clock();
        const std::size_t index = logged();
        if (index > 0 && index + 1 < spec_.events) now += dice_.between(0, spec_.duration_ms / static_cast<Millis>(2 * spec_.events));
        const Decision decision = driver_.submit(actor, std::move(body), now);
        if (stats_) {
            stats_->commands += 1;
            if (!decision) stats_->refusals[static_cast<std::size_t>(decision.error().code)] += 1;
        }
        return decision.ok();
    }
    // People without a device act through the gespreksleider.
    ParticipantId actor_of(ParticipantId who) const { return state().participant(who)->has_device ? who : facilitator; }

    // [SECTION] Setup and statements
    void setup() {
        SessionConfig config;
        config.title = "Synthetische sessie";
        config.catalog = spec_.catalog;
        config.weights = spec_.weights;
        if (!submit(ParticipantId{}, CreateSession{config, "Gespreksleider"})) return;
        for (std::uint32_t i = 0; i < spec_.participants && logged() < spec_.events; ++i) join(i);
        for (std::uint32_t s = 0; s < spec_.statements && logged() < spec_.events; ++s) {
            std::string text = statement_texts[s % statement_texts.size()];
            if (s >= statement_texts.size()) text += " (" + std::to_string(s / statement_texts.size() + 1) + ")";
            submit(facilitator, AddStatement{text});
        }
    }

    void join(std::uint32_t i) {
        std::string name = std::string(first_names[i % first_names.size()]) + " " +
                           last_names[(i / first_names.size()) % last_names.size()];
        const std::uint32_t round = i / static_cast<std::uint32_t>(first_names.size() * last_names.size());
        if (round > 0) name += " " + std::to_string(round + 1);
        // About one in fifteen has no device: the gespreksleider adds and acts for them.
        const bool device = i % 15 != 14;
        const bool joined = device ? submit(ParticipantId{}, Join{name, Role::participant})
                                   : submit(facilitator, AddPerson{name, Role::participant});
        if (joined) people_.push_back(state().participants.back().id);
    }

    // Spare events in this statement's share once its closing is paid for.
    long slack() const {
        // An opening nobody fixed is fixed by the engine before the first turn, a late
        // move or the closing: one event more, whichever comes.
        const Statement* active = state().statement(state().active_statement);
        const long unfixed = active && !active->opening ? 1 : 0;
        const long closing = 2 + unfixed + (state().current_turn.is_none() ? 0 : 1) + (state().open_poll.is_none() ? 0 : 1);
        return static_cast<long>(phase_end_) - static_cast<long>(logged()) - closing;
    }
    long progress_per_mille() const {
        const auto length = std::max<std::size_t>(phase_end_ - phase_start_, 1);
        return static_cast<long>((logged() - phase_start_) * 1000 / length);
    }

    void run_statement(StatementId id, std::size_t phase_end) {
        phase_start_ = logged();
        phase_end_ = phase_end;
        if (phase_end_ < phase_start_ + 4 || !submit(facilitator, OpenStatement{id})) return;  // open, then 3 to close
        // Everybody stands up and picks a bench; how the room leans differs per statement.
        const std::uint64_t voor = 300 + dice_.below(300);
        for (ParticipantId who : people_) {
            if (slack() < 1) break;
            const std::uint64_t roll = dice_.below(1000);
            const Side side = roll < voor ? Side::voor : roll < 850 ? Side::tegen : Side::twijfel;
            submit(actor_of(who), TakeSeat{who, side});
        }
        if (slack() >= 1) submit(facilitator, FixPosition{PositionKind::opening});
        next_turn_at_ = clock() + dice_.between(15'000, 45'000);
        pause_at_.reset();
        polls_opened_ = 0;
        // A step that changes nothing (everything refused) must not loop forever.
        for (int idle = 0; slack() >= 2 && idle < 1000;) {
            const std::size_t before = logged();
            step();
            idle = logged() == before ? idle + 1 : 0;
        }
        if (slack() == 1) change_seat();
        close_statement();
    }

    // One event at a time, so the statement's share is met exactly.
    void close_statement() {
        if (!state().current_turn.is_none()) submit(facilitator, EndTurn{});
        if (!state().open_poll.is_none()) submit(facilitator, ClosePoll{});
        const Statement& statement = *state().statement(state().active_statement);
        if (statement.opening && !statement.closing) submit(facilitator, FixPosition{PositionKind::closing});
        submit(facilitator, CloseStatement{});
    }

    // [SECTION] The clock's demands, then the room
    // Every step emits at most two events more than the closing needs afterwards.
    void step() {
        const Millis now = clock();
        if (const Turn* turn = state().turn(state().current_turn)) {
            if (turn->paused()) {
                if (now >= resume_at_) return void(submit(facilitator, ResumeTurn{}));
            } else if (pause_at_ && now >= *pause_at_) {
                return pause_turn(now);
            } else if (now >= turn_ends_at_) {
                return end_turn(now);
            }
        } else if (now >= next_turn_at_) {
            return give_floor(now);
        }
        if (poll_due()) return;
        if (arguments_behind() && tag_argument()) return;
        act();
    }

    // What someone in the room does when the clock asks for nothing in particular, and how
    // often (per 10,000 steps). The rest, and whatever is not possible at that moment, is
    // a seat change: the most common move anyway.
    void act() {
        static constexpr std::array<std::pair<std::uint32_t, bool (Room::*)()>, 10> moves{{
            {2600, &Room::appreciate}, {2000, &Room::flag}, {600, &Room::decide_flag}, {700, &Room::cast_ballot},
            {300, &Room::raise_hand}, {60, &Room::lower_hand}, {30, &Room::tag_fallacy},
            {12, &Room::correct_argument}, {8, &Room::set_relevance}, {4, &Room::retract_argument}}};
        std::uint64_t roll = dice_.below(10'000);
        for (const auto& [weight, move] : moves) {
            if (roll < weight) {
                if ((this->*move)()) return;
                break;
            }
            roll -= weight;
        }
        change_seat();
    }

    // [SECTION] Turns
    void give_floor(Millis now) {
        const auto suggestion = suggest_next_speaker(state());
        if (!suggestion) {
            raise_hand();
            return;
        }
        ParticipantId who = suggestion->participant;
        const auto& queue = state().hand_queue;
        if (dice_.chance(150)) {  // the gespreksleider has their own reasons
            const ParticipantId other = dice_.pick(queue);
            if (other != current_speaker()) who = other;
        }
        const std::string reason = turns_to_wait(state(), who) > 0 ? "Reageert direct op de vorige spreker" : "";
        if (!submit(facilitator, GiveFloor{who, reason})) return;
        const TurnId turn = state().current_turn;
        committed_.resize(turn.value, -1);
        // About a third of the speakers commit a drogreden the room may or may not spot.
        committed_[turn.value - 1] = dice_.chance(350) ? static_cast<int>(dice_.below(catalog_size())) : -1;
        // Most speak 25–85 s; one in ten runs far over the minute.
        const Millis length = dice_.chance(100) ? dice_.between(95'000, 150'000) : dice_.between(25'000, 85'000);
        turn_ends_at_ = now + length;
        pause_at_.reset();
        if (dice_.chance(120)) pause_at_ = now + dice_.between(5'000, length - 5'000);
    }

    void pause_turn(Millis now) {
        pause_at_.reset();
        if (!submit(facilitator, PauseTurn{PauseReason::facilitator})) return;
        const Millis pause = dice_.between(5'000, 40'000);
        resume_at_ = now + pause;
        turn_ends_at_ += pause;
    }

    void end_turn(Millis now) {
        if (!state().hand_queue.empty() && dice_.chance(450)) return give_floor(now);
        if (submit(facilitator, EndTurn{})) next_turn_at_ = now + dice_.between(2'000, 20'000);
    }

    ParticipantId current_speaker() const {
        const Turn* turn = state().turn(state().current_turn);
        return turn ? turn->speaker : ParticipantId{};
    }

    bool raise_hand() {
        if (state().hand_queue.size() >= 12) return false;
        for (int attempt = 0; attempt < 6; ++attempt) {
            const ParticipantId who = dice_.pick(people_);
            if (state().participant(who)->hand_raised_at || who == current_speaker()) continue;
            return submit(actor_of(who), RaiseHand{who});
        }
        return false;
    }

    bool lower_hand() {
        if (state().hand_queue.empty()) return false;
        const ParticipantId who = dice_.pick(state().hand_queue);
        return submit(actor_of(who), LowerHand{who});
    }

    // [SECTION] Seats and polls
    void change_seat() {
        if (people_.empty()) return;
        const ParticipantId who = dice_.pick(people_);
        const auto seat = state().participant(who)->seat;
        Side side = static_cast<Side>(dice_.below(3));
        if (seat == Side::twijfel) side = dice_.chance(500) ? Side::voor : Side::tegen;
        else if (seat) side = dice_.chance(600) ? opposite(*seat) : Side::twijfel;
        submit(actor_of(who), TakeSeat{who, side});
    }

    // An opening poll early in the statement, a second one near its end.
    bool poll_due() {
        const long progress = progress_per_mille();
        if (state().open_poll.is_none()) {
            const bool due = (polls_opened_ == 0 && progress >= 30) || (polls_opened_ == 1 && progress >= 750);
            if (!due || slack() < 2) return false;
            polls_opened_ += 1;
            return submit(facilitator, OpenPoll{});
        }
        const bool due = (polls_opened_ == 1 && progress >= 300) || (polls_opened_ == 2 && progress >= 960);
        return due && submit(facilitator, ClosePoll{});
    }

    bool cast_ballot() {
        const Poll* poll = state().poll(state().open_poll);
        if (!poll || people_.empty()) return false;
        const ParticipantId who = dice_.pick(people_);
        const auto seat = state().participant(who)->seat;
        Side choice = seat && dice_.chance(750) ? *seat : static_cast<Side>(dice_.below(3));
        for (const auto& [voter, earlier] : poll->ballots)
            if (voter == who && earlier == choice) choice = static_cast<Side>((static_cast<int>(choice) + 1) % 3);
        return submit(actor_of(who), CastBallot{who, poll->id, choice});
    }

    // [SECTION] Arguments
    bool arguments_behind() const {
        return !state().current_turn.is_none() &&
               tagged_ * spec_.events < static_cast<std::size_t>(spec_.arguments) * logged();
    }

    // Recent live arguments of the active statement, newest first; `open` keeps only
    // those that may still get a reply within the maximum depth.
    std::vector<ArgumentId> recent_arguments(bool open) const {
        std::vector<ArgumentId> found;
        const auto& ids = statement_arguments_[state().active_statement.value - 1];
        for (auto it = ids.rbegin(); it != ids.rend() && found.size() < recent_window; ++it) {
            const Argument& argument = *state().argument(*it);
            if (!argument.in_graph()) continue;
            if (open && depth_[it->value - 1] >= static_cast<int>(spec_.max_depth)) continue;
            found.push_back(*it);
        }
        return found;
    }

    std::vector<ArgumentId> live_arguments_of(const Turn& turn) const {
        std::vector<ArgumentId> found;
        for (ArgumentId id : turn.arguments)
            if (!state().argument(id)->retracted) found.push_back(id);
        return found;
    }

    bool tag_argument() {
        ArgumentKind kind = ArgumentKind::question;
        ArgumentId target;
        if (!dice_.chance(50)) {
            // Replying to the latest point is what the format encourages; that grows
            // the graph in depth. Otherwise a new point on the statement or an answer
            // to something said a little earlier.
            const auto open = recent_arguments(true);
            const std::uint64_t roll = dice_.below(100);
            if (open.empty() || roll < 28) kind = dice_.chance(550) ? ArgumentKind::pro : ArgumentKind::contra;
            else {
                target = roll < 70 ? open.front() : dice_.pick(open);
                kind = dice_.chance(600) ? ArgumentKind::rebuttal : ArgumentKind::support;
            }
        }
        const std::string text = dice_.pick(argument_texts);
        if (!submit(facilitator, TagArgument{TurnId{}, kind, target, dice_.pick(evidence_bag), text})) return false;
        const Argument& added = state().arguments.back();
        depth_.push_back(kind == ArgumentKind::question ? 0 : target.is_none() ? 1 : depth_[target.value - 1] + 1);
        statement_arguments_[added.statement.value - 1].push_back(added.id);
        tagged_ += 1;
        return true;
    }

    bool appreciate() {
        const auto recent = recent_arguments(false);
        if (recent.empty()) return false;
        for (int attempt = 0; attempt < 6; ++attempt) {
            const Argument& argument = *state().argument(dice_.pick(recent));
            const ParticipantId who = dice_.pick(people_);
            if (who == argument.speaker) continue;
            const bool given = std::any_of(argument.appreciations.begin(), argument.appreciations.end(),
                                           [&](const Appreciation& a) { return a.participant == who; });
            if (given) continue;
            return submit(actor_of(who), Appreciate{who, argument.id});
        }
        return false;
    }

    bool correct_argument() {
        const auto recent = recent_arguments(false);
        if (recent.empty()) return false;
        const Argument& argument = *state().argument(dice_.pick(recent));
        // A mis-tag fixed: other evidence, sometimes the other polarity.
        ArgumentKind kind = argument.kind;
        if (dice_.chance(300)) {
            static constexpr std::array<ArgumentKind, 4> flipped{ArgumentKind::contra, ArgumentKind::pro,
                                                                 ArgumentKind::rebuttal, ArgumentKind::support};
            kind = flipped[static_cast<std::size_t>(kind)];
        }
        const auto evidence = static_cast<EvidenceKind>((static_cast<std::uint64_t>(argument.evidence) + 1 + dice_.below(5)) % 6);
        if (!submit(facilitator, CorrectArgument{argument.id, kind, argument.target, evidence, argument.text})) return false;
        if (dice_.chance(400)) submit(facilitator, Undo{});
        return true;
    }

    bool set_relevance() {
        const auto recent = recent_arguments(false);
        if (recent.empty()) return false;
        const Argument& argument = *state().argument(dice_.pick(recent));
        return submit(facilitator, SetRelevance{argument.id, !argument.irrelevant});
    }

    bool retract_argument() {
        for (ArgumentId id : recent_arguments(false)) {
            const auto& replies = state().argument(id)->replies;
            const bool answered = std::any_of(replies.begin(), replies.end(),
                                              [&](ArgumentId reply) { return !state().argument(reply)->retracted; });
            if (!answered) return submit(facilitator, RetractArgument{id});
        }
        return false;
    }

    // [SECTION] Drogredenen
    int committed_in(TurnId turn) const {
        return !turn.is_none() && turn.value <= committed_.size() ? committed_[turn.value - 1] : -1;
    }

    // The drogreden the speaker committed most of the time, else any from the catalog.
    std::size_t suspected_fallacy(TurnId turn, std::uint64_t per_mille) {
        const int committed = committed_in(turn);
        return committed >= 0 && dice_.chance(per_mille) ? static_cast<std::size_t>(committed) : dice_.below(catalog_size());
    }

    bool flag() {
        const Turn* turn = state().turn(state().latest_turn());
        if (!turn || people_.empty()) return false;
        const auto live = live_arguments_of(*turn);
        const Millis window_start = clock() - 60'000;
        for (int attempt = 0; attempt < 6; ++attempt) {
            const ParticipantId who = dice_.pick(people_);
            if (who == turn->speaker) continue;
            const auto& times = state().participant(who)->recent_flags;
            const auto recent = std::count_if(times.begin(), times.end(), [&](Millis at) { return at > window_start; });
            if (recent >= static_cast<long>(state().config.rules.max_flags_per_minute)) continue;
            const ArgumentId argument = !live.empty() && dice_.chance(650) ? dice_.pick(live) : ArgumentId{};
            const std::string& fallacy = spec_.catalog.fallacies[suspected_fallacy(turn->id, 550)].id;
            const bool again = std::any_of(turn->flags.begin(), turn->flags.end(), [&](FlagId id) {
                const Flag& f = *state().flag(id);
                return f.flagger == who && f.argument == argument && f.fallacy == fallacy;
            });
            if (again) continue;
            if (!submit(actor_of(who), FlagFallacy{who, turn->id, argument, fallacy})) return false;
            pending_.push_back(state().flags.back().id);
            return true;
        }
        return false;
    }

    // Mostly the flag that just came in, otherwise the oldest one still waiting.
    bool decide_flag() {
        while (!pending_.empty()) {
            const bool newest = dice_.chance(600);
            const FlagId id = newest ? pending_.back() : pending_.front();
            newest ? pending_.pop_back() : pending_.pop_front();
            const Flag& flag = *state().flag(id);
            if (flag.outcome != FlagOutcome::pending) continue;
            const int committed = committed_in(flag.turn);
            const bool right = committed >= 0 && spec_.catalog.fallacies[static_cast<std::size_t>(committed)].id == flag.fallacy;
            const bool confirm = dice_.chance(right ? 900 : 100);
            if (!submit(facilitator, DecideFlag{id, confirm ? FlagOutcome::confirmed : FlagOutcome::dismissed})) return false;
            if (dice_.chance(15) && submit(facilitator, Undo{})) pending_.push_back(id);
            return true;
        }
        return false;
    }

    bool tag_fallacy() {
        const Turn* turn = state().turn(state().latest_turn());
        if (!turn) return false;
        const auto live = live_arguments_of(*turn);
        const ArgumentId argument = !live.empty() && dice_.chance(500) ? dice_.pick(live) : ArgumentId{};
        const std::string& fallacy = spec_.catalog.fallacies[suspected_fallacy(turn->id, 800)].id;
        if (!submit(facilitator, TagFallacy{turn->id, argument, fallacy, ""})) return false;
        if (dice_.chance(60)) submit(facilitator, Undo{});
        return true;
    }

    const SyntheticSessionSpec& spec_;
    SyntheticSessionStats* stats_;
    Dice dice_;
    SessionDriver driver_;
    std::vector<ParticipantId> people_;
    std::size_t phase_start_ = 0;
    std::size_t phase_end_ = 0;
    // The running turn's plan.
    Millis turn_ends_at_ = 0;
    std::optional<Millis> pause_at_;
    Millis resume_at_ = 0;
    Millis next_turn_at_ = 0;
    int polls_opened_ = 0;
    std::size_t tagged_ = 0;
    std::vector<int> depth_;                                    // per argument id-1; questions 0
    std::vector<std::vector<ArgumentId>> statement_arguments_;  // per statement id-1, in id order
    std::vector<int> committed_;                                // per turn id-1: catalog index, or -1
    std::deque<FlagId> pending_;                                // flags not yet decided
};

}  // namespace

FallacyCatalog builtin_fallacy_catalog() {
    auto rule = [](int number, const char* nl, const char* en) { return DiscussionRule{number, {nl, en}, {}}; };
    auto fallacy = [](const char* id, int rule_number, const char* nl, const char* en, const char* why_nl,
                      const char* why_en) { return Fallacy{id, rule_number, {nl, en}, {why_nl, why_en}}; };
    FallacyCatalog catalog;
    catalog.rules = {rule(1, "Vrijheidsregel", "Freedom rule"), rule(3, "Standpuntregel", "Standpoint rule"),
                     rule(4, "Relevantieregel", "Relevance rule"), rule(7, "Argumentatieschemaregel", "Argument-scheme rule")};
    catalog.fallacies = {
        fallacy("ad_hominem", 1, "Op de man spelen", "Ad hominem (abusive)", "Je valt de persoon aan, niet het argument.",
                "You attack the person, not the argument."),
        fallacy("tu_quoque", 1, "Jij-bak (jij ook)", "Tu quoque", "Je wijst op wat de ander zelf doet.",
                "You point at what the other person does themselves."),
        fallacy("straw_man", 3, "Stropop (stroman)", "Straw man", "Je valt een verdraaide versie aan van wat de ander zei.",
                "You attack a twisted version of what the other person said."),
        fallacy("irrelevant_argument", 4, "Irrelevante argumentatie", "Irrelevant argument",
                "Je argument gaat niet over de stelling.", "Your argument does not bear on the statement."),
        fallacy("slippery_slope", 7, "Hellend vlak", "Slippery slope", "Je stelt zonder bewijs dat één stap tot rampen leidt.",
                "You claim without evidence that one step leads to disaster."),
        fallacy("false_dilemma", 7, "Vals dilemma", "False dilemma", "Je doet alsof er maar twee keuzes zijn.",
                "You pretend there are only two options.")};
    return catalog;
}

std::vector<Event> synthetic_session(const SyntheticSessionSpec& spec, SyntheticSessionStats* stats) {
    return Room(spec, stats).run();
}

}  // namespace lagerhuis::demo
