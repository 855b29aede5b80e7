// Plays the demo transcript (demo_script.cpp) through the rules engine, as a
// gespreksleider and participants would in a live room, with a deterministic clock.
#include "demo/demo_debate.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>

#include "core/session_driver.hpp"
#include "demo/demo_script.hpp"

namespace lagerhuis::demo {
namespace {

using namespace core;

// A small deterministic generator (no <random> distributions: their output differs
// between standard libraries, and the demo must be the same everywhere).
class DemoDice {
public:
    int roll(int below) {
        state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state_ >> 33) % static_cast<std::uint64_t>(below));
    }

private:
    std::uint64_t state_ = 20120201;
};

class DemoPlayer {
public:
    DemoPlayer(const FallacyCatalog& catalog, const ScoringWeights& weights, Language language) {
        SessionConfig config;
        config.title = language == Language::nl ? "Participatiekamer Twenterand – Lagerhuisdebat"
                                                : "Participatiekamer Twenterand – House of Commons debate";
        config.language = language;
        config.catalog = catalog;
        config.weights = weights;
        must(driver_.submit({}, CreateSession{config, "Marieke Hofman"}, now_));
    }

    void play() {
        join_everyone();
        for (std::size_t i = 0; i < demo_statements().size(); ++i) {
            play_statement(demo_statements()[i], static_cast<std::uint32_t>(i + 1));
        }
    }

    std::vector<Event> log() && { return driver_.log(); }

private:
    static constexpr ParticipantId facilitator{1};

    void must(const Decision& decision) {
        if (!decision)
            throw std::logic_error("demo script refused: " + std::string(to_string(decision.error().code)));
    }
    void lead(CommandBody body) { must(driver_.submit(facilitator, std::move(body), now_)); }
    // A participant acts, or the gespreksleider for someone without a device.
    void act(int person, CommandBody body) {
        const bool own_device = demo_people()[static_cast<std::size_t>(person)].has_device;
        must(driver_.submit(own_device ? id(person) : facilitator, std::move(body), now_));
    }
    void wait(Millis ms) { now_ += ms; }
    ParticipantId id(int person) const { return people_[static_cast<std::size_t>(person)]; }

    void join_everyone() {
        for (const auto& person : demo_people()) {
            wait(4'000 + dice_.roll(6'000));
            if (person.has_device)
                must(driver_.submit({}, Join{std::string(person.name), Role::participant}, now_));
            else
                lead(AddPerson{std::string(person.name), Role::participant});
            people_.push_back(driver_.state().participants.back().id);
        }
        must(driver_.submit({}, Join{"Jan Temmink (trainer)", Role::observer}, now_));
        lead(LockRoom{true});
    }

    void play_statement(const ScriptedStatement& statement, std::uint32_t number) {
        lead(AddStatement{std::string(statement.text)});
        wait(20'000);
        lead(OpenStatement{StatementId{number}});
        for (const auto& seat : statement.opening_seats) {
            wait(1'000 + dice_.roll(3'000));
            act(seat.person, TakeSeat{participant_for(seat.person), seat.to});
        }
        lead(FixPosition{PositionKind::opening});
        first_argument_ = static_cast<int>(driver_.state().arguments.size());
        for (std::size_t t = 0; t < statement.turns.size(); ++t) {
            raise_hands(statement.turns, t);
            play_turn(statement.turns[t], number == 1 && t == 8, number == 1 && t == 5);
        }
        hold_poll(statement);
        lead(CloseStatement{});
        wait(60'000);
    }

    // Whoever speaks next, and the one after, have their hands up before the floor is given.
    void raise_hands(std::span<const ScriptedTurn> turns, std::size_t from) {
        for (std::size_t t = from; t < turns.size() && t < from + 2; ++t) {
            const int person = turns[t].speaker;
            if (!driver_.state().participant(id(person))->hand_raised_at) act(person, RaiseHand{participant_for(person)});
        }
    }

    void play_turn(const ScriptedTurn& turn, bool with_correction_and_undo, bool with_pause) {
        wait(5'000 + dice_.roll(15'000));
        lead(GiveFloor{id(turn.speaker), std::string(turn.override_reason)});
        const TurnId turn_id = driver_.state().current_turn;
        const Millis length = with_pause ? 95'000 : 30'000 + dice_.roll(50'000);
        if (with_pause) {
            wait(30'000);
            lead(PauseTurn{});  // rumoer in de zaal
            wait(20'000);
            lead(ResumeTurn{});
        }
        for (const auto& argument : turn.arguments) {
            const ArgumentId target = argument.target < 0 ? ArgumentId{} : ArgumentId{static_cast<std::uint32_t>(first_argument_ + argument.target + 1)};
            lead(TagArgument{turn_id, argument.kind, target, argument.evidence, std::string(argument.text)});
        }
        const ArgumentId first = driver_.state().turn(turn_id)->arguments.front();
        handle_fallacy(turn, turn_id, first);
        wait(length - (with_pause ? 30'000 : 0));
        lead(EndTurn{});
        appreciate(turn, first);
        if (with_correction_and_undo) correct_and_undo(turn_id, first);
        for (const auto& move : turn.crossings_after) {
            wait(2'000 + dice_.roll(5'000));
            act(move.person, TakeSeat{participant_for(move.person), move.to});
        }
    }

    void handle_fallacy(const ScriptedTurn& turn, TurnId turn_id, ArgumentId argument) {
        if (turn.fate == FallacyFate::none) return;
        const std::string fallacy(turn.fallacy);
        if (turn.fate == FallacyFate::missed) {
            wait(10'000);
            lead(TagFallacy{turn_id, argument, fallacy, "Niemand in de zaal zag het."});
            return;
        }
        const auto first_flag = static_cast<std::uint32_t>(driver_.state().flags.size() + 1);
        for (int flagger : turn.flaggers) {
            wait(3'000 + dice_.roll(6'000));
            act(flagger, FlagFallacy{participant_for(flagger), turn_id, argument, fallacy});
        }
        if (turn.fate == FallacyFate::flagged_pending) return;
        wait(8'000);
        const auto outcome = turn.fate == FallacyFate::flagged_confirmed ? FlagOutcome::confirmed : FlagOutcome::dismissed;
        for (std::uint32_t flag = first_flag; flag < first_flag + turn.flaggers.size(); ++flag)
            lead(DecideFlag{FlagId{flag}, outcome});
    }

    // Those on the bench the argument helps may find it convincing.
    void appreciate(const ScriptedTurn& turn, ArgumentId argument) {
        const Argument& made = *driver_.state().argument(argument);
        if (made.kind == ArgumentKind::question) return;
        for (int person = 0; person < static_cast<int>(people_.size()); ++person) {
            const Participant& who = *driver_.state().participant(id(person));
            if (person == turn.speaker || who.seat != made.direction || dice_.roll(3) == 0) continue;
            wait(500 + dice_.roll(2'000));
            act(person, Appreciate{participant_for(person), argument});
        }
    }

    // The gespreksleider fixes a tag afterwards, and takes back a slip of the mouse.
    void correct_and_undo(TurnId turn_id, ArgumentId argument) {
        const Argument& made = *driver_.state().argument(argument);
        wait(6'000);
        lead(CorrectArgument{argument, made.kind, made.target, EvidenceKind::example,
                             "Zwemles kan ook als schoolzwemmen in Vroomshoop, zoals de scholen in Westerhaar al doen."});
        wait(4'000);
        lead(TagFallacy{turn_id, argument, "straw_man", "Per ongeluk aangeklikt."});
        wait(3'000);
        lead(Undo{});
    }

    void hold_poll(const ScriptedStatement& statement) {
        wait(15'000);
        lead(OpenPoll{});
        for (int person = 0; person < static_cast<int>(people_.size()); ++person) {
            wait(1'000 + dice_.roll(2'000));
            const auto seat = driver_.state().participant(id(person))->seat.value_or(Side::twijfel);
            // People do not always vote where they sit: every fifth votes from doubt.
            const Side ballot = dice_.roll(5) == 0 ? Side::twijfel : seat;
            act(person, CastBallot{participant_for(person), {}, ballot});
        }
        // One participant changes their mind before the poll closes.
        const int changer = statement.turns.back().speaker;
        const auto current = driver_.state().participant(id(changer))->seat.value_or(Side::twijfel);
        wait(5'000);
        act(changer, CastBallot{participant_for(changer), {}, opposite(current) == current ? Side::voor : opposite(current)});
        wait(10'000);
        lead(ClosePoll{});
    }

    // The command's subject: 0 (the actor) for people with a device.
    ParticipantId participant_for(int person) const {
        return demo_people()[static_cast<std::size_t>(person)].has_device ? ParticipantId{} : id(person);
    }

    SessionDriver driver_;
    DemoDice dice_;
    Millis now_ = 0;
    std::vector<ParticipantId> people_;
    int first_argument_ = 0;
};

}  // namespace

std::vector<Event> demo_debate(const FallacyCatalog& catalog, const ScoringWeights& weights, Language language) {
    DemoPlayer player(catalog, weights, language);
    player.play();
    return std::move(player).log();
}

}  // namespace lagerhuis::demo
