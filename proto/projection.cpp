#include "proto/projection.hpp"

#include <algorithm>
#include <cstdio>

#include "core/participant_rules.hpp"
#include "proto/json_fields.hpp"
#include "proto/json_text.hpp"

namespace lagerhuis::proto {

namespace json = boost::json;
using core::Side;

namespace {


const core::Poll* shown_poll(const core::State& state) {
    if (const auto* open = state.poll(state.open_poll)) return open;
    const auto* statement = state.statement(state.active_statement);
    return statement && !statement->polls.empty() ? state.poll(statement->polls.back()) : nullptr;
}

int statement_number(const core::State& state, core::StatementId id) {
    return static_cast<int>(id.value) <= static_cast<int>(state.statements.size()) ? static_cast<int>(id.value) : 0;
}

}  // namespace

Projector::Projector(const core::State& state, const Presence& presence)
    : state_(state),
      presence_(presence),
      turn_(state.turn(state.latest_turn())),
      poll_(shown_poll(state)),
      flags_by_flagger_(state.participants.size()),
      appreciations_received_(state.participants.size(), 0),
      hand_place_(state.participants.size(), 0),
      ballot_(state.participants.size()),
      appreciated_(state.participants.size()) {
    const auto known = [&](core::ParticipantId id) { return id.value >= 1 && id.value <= state.participants.size(); };
    for (const auto& flag : state.flags)
        if (known(flag.flagger)) flags_by_flagger_[flag.flagger.value - 1].push_back(flag.id);
    for (const auto& argument : state.arguments)
        if (!argument.retracted && known(argument.speaker))
            appreciations_received_[argument.speaker.value - 1] += static_cast<int>(argument.appreciations.size());
    // The first place wins should an id be queued twice, as a search from the front would.
    for (std::size_t place = state.hand_queue.size(); place-- > 0;)
        if (known(state.hand_queue[place])) hand_place_[state.hand_queue[place].value - 1] = static_cast<int>(place) + 1;
    if (poll_)
        for (const auto& [who, choice] : poll_->ballots)
            if (known(who)) ballot_[who.value - 1] = choice;
    if (turn_)
        for (core::ArgumentId argument_id : turn_->arguments) {
            const auto* argument = state.argument(argument_id);
            if (!argument || argument->retracted) continue;
            for (const auto& given : argument->appreciations)
                if (known(given.participant)) appreciated_[given.participant.value - 1].push_back(argument_id);
        }
}

const core::Statement* shown_statement(const core::State& state) {
    if (const auto* active = state.statement(state.active_statement)) return active;
    // Between statements: the one that closed last (highest id among the closed).
    for (auto it = state.statements.rbegin(); it != state.statements.rend(); ++it)
        if (it->status == core::StatementStatus::closed) return &*it;
    return nullptr;
}

TurnSection turn_section(const core::State& state, const core::Turn& turn) {
    const auto* speaker = state.participant(turn.speaker);
    return TurnSection{turn.id,
                       turn.speaker,
                       speaker ? speaker->name : std::string{},
                       turn.side,
                       turn.limit_ms,
                       state.config.rules.turns.warning_ms,
                       turn.spoken_before_ms,
                       turn.running_since,
                       turn.ended()};
}

ParticipantView Projector::view() const {
    const auto& state = state_;
    ParticipantView view;
    view.session = {state.config.title, state.config.language, state.room_locked, state.config.rules.anonymous_ballots};
    if (const auto* statement = shown_statement(state))
        view.statement = StatementSection{statement->id, statement->text, statement->status,
                                          statement_number(state, statement->id),
                                          static_cast<int>(state.statements.size())};
    if (turn_) {
        view.turn = turn_section(state, *turn_);
        for (core::ArgumentId id : turn_->arguments) {
            const auto* argument = state.argument(id);
            if (!argument || argument->retracted) continue;
            const auto* author = state.participant(argument->speaker);
            view.arguments.push_back(ArgumentItem{argument->id, argument->turn, author ? author->name : std::string{},
                                                  argument->direction, argument->kind, argument->text,
                                                  static_cast<int>(argument->appreciations.size())});
        }
    }
    view.room.present = count_room(state, &presence_).present;
    for (const auto& person : state.participants) {
        if (person.removed || person.role != core::Role::participant) continue;
        if (person.seat == Side::voor) view.room.voor += 1;
        if (person.seat == Side::tegen) view.room.tegen += 1;
        if (person.seat == Side::twijfel) view.room.twijfel += 1;
    }
    view.room.hands = static_cast<int>(state.hand_queue.size());
    if (poll_) {
        PollSection poll{poll_->id, poll_->open, poll_->ballot_count(), 0, 0, 0, {}};
        if (!poll_->open) {
            poll.voor = poll_->count(Side::voor);
            poll.tegen = poll_->count(Side::tegen);
            poll.twijfel = poll_->count(Side::twijfel);
        }
        if (!state.config.rules.anonymous_ballots)
            for (const auto& [who, choice] : poll_->ballots)
                poll.voters.push_back(Voter{state.participant(who)->name, choice});
        view.poll = std::move(poll);
    }
    return view;
}

PersonalView Projector::personal(core::ParticipantId id) const {
    const auto& state = state_;
    PersonalView me;
    me.participant = id;
    const auto* person = state.participant(id);
    if (!person) {
        me.removed = true;
        return me;
    }
    me.name = person->name;
    me.role = person->role;
    me.removed = person->removed;
    me.seat = person->seat;
    me.hand = hand_place_[id.value - 1];
    if (poll_) {
        me.poll = poll_->id;
        me.ballot = ballot_[id.value - 1];
    }
    me.appreciated = appreciated_[id.value - 1];
    // What the page offers follows the rules decide() applies (core/participant_rules).
    if (turn_) {
        for (core::ArgumentId argument : turn_->arguments)
            if (core::may_appreciate(state, *person, argument) && !state.argument(argument)->retracted)
                me.cannot_appreciate.push_back(argument);
        me.can_flag = !core::may_flag(state, *person, turn_->id);
    }
    const auto& own = flags_by_flagger_[id.value - 1];
    const std::size_t first = own.size() > own_flags_shown ? own.size() - own_flags_shown : 0;
    for (std::size_t i = first; i < own.size(); ++i) {
        const auto& flag = *state.flag(own[i]);
        me.flags.push_back(OwnFlag{flag.id, flag.turn, flag.argument, flag.fallacy, flag.outcome});
    }
    const auto& tally = state.tally.people[id.value - 1];
    me.summary = PersonalSummary{tally.turns,           tally.speaking_ms,     tally.arguments,
                                 tally.crossings,       tally.flags_confirmed, tally.flags_dismissed,
                                 appreciations_received_[id.value - 1]};
    return me;
}

json::object view_object(const ParticipantView& view) {
    json::object object;
    ParticipantView::fields(view, [&](std::string_view name, const auto& section) { object.emplace(name, to_json(section)); });
    return object;
}

json::object changed_sections(const json::object& before, const json::object& after) {
    json::object changes;
    for (const auto& section : after) {
        const json::value* old = before.if_contains(section.key());
        if (!old || *old != section.value()) changes.emplace(section.key(), section.value());
    }
    return changes;
}

namespace {

// Makes `to` equal to `from` (the same text when written), reusing `to`'s storage where
// both have the same shape. A batch mostly changes numbers inside sections of an
// unchanged shape, so a client merging it (each of thousands, in the load generator)
// then allocates and frees nothing.
void assign_in_place(json::value& to, const json::value& from) {
    if (to.kind() == from.kind()) {
        if (from.is_object()) {
            auto& target = to.get_object();
            const auto& source = from.get_object();
            const bool same_keys = target.size() == source.size() &&
                                   std::equal(target.begin(), target.end(), source.begin(),
                                              [](const auto& a, const auto& b) { return a.key() == b.key(); });
            if (same_keys) {
                auto member = target.begin();
                for (const auto& given : source) assign_in_place((member++)->value(), given.value());
                return;
            }
        } else if (from.is_array()) {
            auto& target = to.get_array();
            const auto& source = from.get_array();
            if (target.size() == source.size()) {
                for (std::size_t i = 0; i < source.size(); ++i) assign_in_place(target[i], source[i]);
                return;
            }
        } else if (from.is_string()) {
            to.get_string() = from.get_string();
            return;
        }
    }
    to = from;
}

}  // namespace

void merge_sections(json::object& view, const json::object& changes) {
    for (const auto& section : changes) {
        if (auto* slot = view.if_contains(section.key()))
            assign_in_place(*slot, section.value());
        else
            view.emplace(section.key(), section.value());
    }
}

std::string view_hash(const json::object& view, const PersonalView& me) {
    json::object both;
    both.emplace("view", view);
    both.emplace("me", to_json(me));
    std::uint64_t hash = 14695981039346656037ULL;
    for (unsigned char byte : write_json_text(both)) {
        hash ^= byte;
        hash *= 1099511628211ULL;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

}  // namespace lagerhuis::proto
