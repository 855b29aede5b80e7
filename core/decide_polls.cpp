// Rules for secret polls (stemmingen): one ballot per participant, while the poll is open.
#include "ballot_seal.hpp"
#include "decide_support.hpp"

namespace lagerhuis::core::detail {

Check handle(const State& state, const Command& command, const OpenPoll& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    auto active = active_statement(state);
    if (!active) return active.error();
    if (!state.open_poll.is_none()) return Refusal{ReasonCode::poll_already_open};
    out.emit(PollOpened{PollId{static_cast<std::uint32_t>(state.polls.size() + 1)}, (*active)->id});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const CastBallot& cmd, Emitter& out) {
    auto subject = resolve_subject(state, command, cmd.participant, cmd.type_name);
    if (!subject) return subject.error();
    if ((*subject)->role != Role::participant)
        return Refusal{ReasonCode::not_permitted}.with("action", std::string(cmd.type_name));
    if (!cmd.poll.is_none() && cmd.poll != state.open_poll && state.poll(cmd.poll))
        return Refusal{ReasonCode::poll_closed};
    const Poll* poll = state.poll(state.open_poll);
    if (!poll || (!cmd.poll.is_none() && cmd.poll != poll->id)) return Refusal{ReasonCode::no_open_poll};
    for (const auto& [voter, choice] : poll->ballots) {
        if (voter != (*subject)->id) continue;
        if (!state.config.rules.ballots_changeable) return Refusal{ReasonCode::already_voted};
        if (choice == cmd.choice) return Refusal{ReasonCode::nothing_changed};
    }
    out.emit(BallotCast{poll->id, (*subject)->id, cmd.choice});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const ClosePoll& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    if (state.open_poll.is_none()) return Refusal{ReasonCode::no_open_poll};
    out.emit(closing_of(state, state.open_poll));
    return std::nullopt;
}

}  // namespace lagerhuis::core::detail
