#include "tests/core/random_commands.hpp"

#include <functional>
#include <vector>

namespace lagerhuis::tests {

using namespace core;

namespace {
constexpr ParticipantId lead{1};
}

template <class Tag>
Id<Tag> RandomCommands::pick_id(std::size_t count) {
    // Mostly one that exists; sometimes none (0) or one past the end.
    const int roll = dice_.below(100);
    if (count > 0 && roll < 86) return Id<Tag>{static_cast<std::uint32_t>(1 + dice_.below(static_cast<int>(count)))};
    if (roll < 93) return Id<Tag>{};
    return Id<Tag>{static_cast<std::uint32_t>(count + 1)};
}

ParticipantId RandomCommands::someone(const State& state) {
    const auto count = state.participants.size();
    const int roll = dice_.below(100);
    if (count >= 2 && roll < 88) return ParticipantId{static_cast<std::uint32_t>(2 + dice_.below(static_cast<int>(count) - 1))};
    if (roll < 94) return lead;
    return ParticipantId{static_cast<std::uint32_t>(count + 1)};
}

Side RandomCommands::side() { return static_cast<Side>(dice_.below(3)); }

std::string RandomCommands::text() {
    const int roll = dice_.below(100);
    if (roll < 4) return " ";
    if (roll < 8) return std::string(281, 't');
    return "Argument " + std::to_string(dice_.below(1000));
}

std::string RandomCommands::fallacy() {
    if (dice_.chance(8)) return "red_herring";
    const auto& known = config_.catalog.fallacies;
    return known[static_cast<std::size_t>(dice_.below(static_cast<int>(known.size())))].id;
}

SessionConfig RandomCommands::changed_config(const State& state) {
    SessionConfig config = state.config;
    switch (dice_.below(8)) {
        case 0: config.weights.neutral = 0.4 + 0.1 * dice_.below(3); break;
        case 1: config.weights.evidence_fact = 0.05 * dice_.below(5); break;
        case 2: config.weights.confirmed_fallacy = -0.1 * dice_.below(4); break;
        case 3: config.rules.turns.wait_turns = static_cast<std::uint32_t>(dice_.below(4)); break;
        case 4: config.rules.ballots_changeable = !config.rules.ballots_changeable; break;
        case 5: config.rules.max_flags_per_minute = static_cast<std::uint32_t>(1 + dice_.below(5)); break;
        case 6: config.rules.opening_grace_ms = 15'000 * dice_.below(3); break;  // 0: only the first turn
        default: config.rules.turns.turn_limit_ms = dice_.chance(50) ? 0 : 45'000; break;  // 0 is invalid
    }
    return config;
}

CommandBody RandomCommands::body(const State& state, ParticipantId& actor) {
    const ParticipantId person = someone(state);
    // Mostly the right person for the command, sometimes the wrong one.
    auto as_lead = [&] { actor = dice_.chance(93) ? lead : person; };
    auto as_person = [&] { actor = dice_.chance(85) ? person : lead; };
    // The participant a command is about: the gespreksleider names someone; a
    // participant usually means themself, and sometimes tries to act for another.
    auto subject = [&]() -> ParticipantId {
        if (actor == lead) return person;
        return dice_.chance(92) ? ParticipantId{} : someone(state);
    };
    auto name = [&]() -> std::string {
        const int roll = dice_.below(100);
        if (roll < 3) return "";
        if (roll < 5) return std::string(41, 'n');
        if (roll < 20 && names_ > 0) return "deelnemer " + std::to_string(1 + dice_.below(names_));  // taken
        return "Deelnemer " + std::to_string(++names_);
    };
    auto turn = [&] { return dice_.chance(75) ? TurnId{} : pick_id<TurnTag>(state.turns.size()); };
    auto argument = [&] { return pick_id<ArgumentTag>(state.arguments.size()); };
    auto maybe_argument = [&] { return dice_.chance(55) ? ArgumentId{} : argument(); };

    int present = 0;
    for (const auto& who : state.participants) present += who.removed ? 0 : 1;
    const bool no_statement = state.active_statement.is_none();
    std::vector<StatementId> pending;
    for (const auto& statement : state.statements)
        if (statement.status == StatementStatus::pending) pending.push_back(statement.id);

    using Make = std::function<CommandBody()>;
    const std::vector<std::pair<int, Make>> table{
        {present < 14 ? 25 : 2, [&]() -> CommandBody {
             actor = dice_.chance(92) ? ParticipantId{} : person;
             const int roll = dice_.below(100);
             const Role role = roll < 84 ? Role::participant
                               : roll < 92 ? Role::observer
                               : roll < 97 ? Role::co_facilitator
                                           : Role::facilitator;
             return Join{name(), role};
         }},
        {2, [&]() -> CommandBody { as_lead(); return AddPerson{name(), Role::participant}; }},
        {1, [&]() -> CommandBody { as_lead(); return RenameParticipant{person, name()}; }},
        {1, [&]() -> CommandBody { as_lead(); return RemoveParticipant{person}; }},
        {1, [&]() -> CommandBody { as_lead(); return LockRoom{dice_.chance(50)}; }},
        {1, [&]() -> CommandBody { as_lead(); return ChangeConfig{changed_config(state)}; }},
        {1, [&]() -> CommandBody { actor = {}; return CreateSession{config_, "Tweede"}; }},
        {pending.empty() ? 8 : 1, [&]() -> CommandBody { as_lead(); return AddStatement{text()}; }},
        {no_statement ? 20 : 2, [&]() -> CommandBody {
             as_lead();
             if (!pending.empty() && dice_.chance(70))
                 return OpenStatement{pending[static_cast<std::size_t>(dice_.below(static_cast<int>(pending.size())))]};
             return OpenStatement{pick_id<StatementTag>(state.statements.size())};
         }},
        {1, [&]() -> CommandBody { as_lead(); return CloseStatement{}; }},
        {3, [&]() -> CommandBody {
             as_lead();
             return FixPosition{dice_.chance(85) ? PositionKind::opening : PositionKind::closing};
         }},
        {14, [&]() -> CommandBody { as_person(); return TakeSeat{subject(), side()}; }},
        {6, [&]() -> CommandBody { as_person(); return RaiseHand{subject()}; }},
        {2, [&]() -> CommandBody { as_person(); return LowerHand{subject()}; }},
        {12, [&]() -> CommandBody {
             as_lead();
             ParticipantId speaker = person;
             if (!state.hand_queue.empty() && dice_.chance(50))
                 speaker = state.hand_queue[static_cast<std::size_t>(dice_.below(static_cast<int>(state.hand_queue.size())))];
             return GiveFloor{speaker, dice_.chance(55) ? "reageert op de vorige spreker" : ""};
         }},
        {2, [&]() -> CommandBody {
             as_lead();
             return PauseTurn{dice_.chance(80) ? PauseReason::facilitator : PauseReason::recovery};
         }},
        {2, [&]() -> CommandBody { as_lead(); return ResumeTurn{}; }},
        {3, [&]() -> CommandBody { as_lead(); return EndTurn{}; }},
        {16, [&]() -> CommandBody {
             as_lead();
             const auto kind = static_cast<ArgumentKind>(dice_.below(5));
             const ArgumentId target = dice_.chance(40) ? ArgumentId{} : argument();
             return TagArgument{turn(), kind, target, static_cast<EvidenceKind>(dice_.below(6)), text()};
         }},
        {3, [&]() -> CommandBody {
             as_lead();
             const ArgumentId id = argument();
             CorrectArgument fix{id, ArgumentKind::pro, {}, EvidenceKind::none, text()};
             if (const Argument* old = state.argument(id)) fix = {id, old->kind, old->target, old->evidence, old->text};
             switch (dice_.below(4)) {
                 case 0: fix.kind = static_cast<ArgumentKind>(dice_.below(5)); break;
                 case 1: fix.target = dice_.chance(50) ? ArgumentId{} : argument(); break;
                 case 2: fix.evidence = static_cast<EvidenceKind>(dice_.below(6)); break;
                 default: fix.text = text(); break;
             }
             return fix;
         }},
        {2, [&]() -> CommandBody { as_lead(); return RetractArgument{argument()}; }},
        {3, [&]() -> CommandBody { as_lead(); return SetRelevance{argument(), dice_.chance(60)}; }},
        {4, [&]() -> CommandBody { as_lead(); return TagFallacy{turn(), maybe_argument(), fallacy(), ""}; }},
        {1, [&]() -> CommandBody { as_lead(); return RetractFallacyTag{pick_id<FallacyTagTag>(state.fallacy_tags.size())}; }},
        {9, [&]() -> CommandBody { as_person(); return FlagFallacy{subject(), turn(), maybe_argument(), fallacy()}; }},
        {6, [&]() -> CommandBody {
             as_lead();
             const int roll = dice_.below(100);
             const FlagOutcome outcome = roll < 45 ? FlagOutcome::confirmed
                                         : roll < 90 ? FlagOutcome::dismissed
                                                     : FlagOutcome::pending;
             return DecideFlag{pick_id<FlagTag>(state.flags.size()), outcome};
         }},
        {6, [&]() -> CommandBody { as_person(); return Appreciate{subject(), argument()}; }},
        {3, [&]() -> CommandBody { as_person(); return WithdrawAppreciation{subject(), argument()}; }},
        {2, [&]() -> CommandBody { as_lead(); return OpenPoll{}; }},
        {7, [&]() -> CommandBody {
             as_person();
             const PollId poll = dice_.chance(70) ? PollId{} : pick_id<PollTag>(state.polls.size());
             return CastBallot{subject(), poll, side()};
         }},
        {1, [&]() -> CommandBody { as_lead(); return ClosePoll{}; }},
        {4, [&]() -> CommandBody { as_lead(); return Undo{}; }},
    };
    int total = 0;
    for (const auto& [weight, make] : table) total += weight;
    int roll = dice_.below(total);
    for (const auto& [weight, make] : table) {
        if (roll < weight) return make();
        roll -= weight;
    }
    return Undo{};
}

TimedCommand RandomCommands::next(const State& state) {
    now_ += dice_.below(8'000);
    // Now and then the host's clock jumps back; the log's clock must not.
    if (dice_.chance(3)) now_ = now_ > 20'000 ? now_ - 20'000 : 0;
    TimedCommand timed;
    timed.now = now_;
    timed.command.request_id = "q" + std::to_string(++requests_);
    if (!state.created && dice_.chance(90)) {
        timed.command.body = CreateSession{config_, "Gespreksleider"};
        return timed;
    }
    timed.command.body = body(state, timed.command.actor);
    return timed;
}

}  // namespace lagerhuis::tests
