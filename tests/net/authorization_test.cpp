// The authorization matrix: every command a participant may not send (all facilitator
// commands, and acting on behalf of someone else), sent over the wire by a participant,
// is refused and changes nothing.
#include <catch2/catch.hpp>

#include "live_session.hpp"

namespace {

using namespace lagerhuis;
using tests::LiveSession;
using tests::RecordingClient;
using tests::run_until;

template <class T>
concept NamesParticipant = requires(T command) { command.participant; };

bool participants_may_send(const core::CommandBody& body) {
    return std::holds_alternative<core::TakeSeat>(body) || std::holds_alternative<core::RaiseHand>(body) ||
           std::holds_alternative<core::LowerHand>(body) || std::holds_alternative<core::CastBallot>(body) ||
           std::holds_alternative<core::Appreciate>(body) || std::holds_alternative<core::WithdrawAppreciation>(body) ||
           std::holds_alternative<core::FlagFallacy>(body);
}

// One command of every kind, each aimed at `other` where a command names a participant,
// with ids that exist in the session, so only the role can be the reason to refuse.
std::vector<core::CommandBody> every_command(core::ParticipantId other, const core::SessionConfig& config) {
    std::vector<core::CommandBody> commands;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (commands.emplace_back(std::in_place_index<I>), ...);
    }(std::make_index_sequence<std::variant_size_v<core::CommandBody>>{});
    for (auto& body : commands) {
        std::visit(
            [&](auto& command) {
                using Command = std::decay_t<decltype(command)>;
                if constexpr (NamesParticipant<Command>) command.participant = other;
                if constexpr (std::is_same_v<Command, core::ChangeConfig> || std::is_same_v<Command, core::CreateSession>)
                    command.config = config;
                if constexpr (std::is_same_v<Command, core::AddStatement>) command.text = "Een nieuwe stelling.";
                if constexpr (std::is_same_v<Command, core::OpenStatement>) command.statement = core::StatementId{2};
                if constexpr (std::is_same_v<Command, core::AddPerson> || std::is_same_v<Command, core::Join>)
                    command.name = "Nieuw";
                if constexpr (std::is_same_v<Command, core::RenameParticipant>) command.name = "Andere naam";
                if constexpr (std::is_same_v<Command, core::TagArgument>) command.text = "Een argument.";
                if constexpr (std::is_same_v<Command, core::CorrectArgument> || std::is_same_v<Command, core::RetractArgument> ||
                              std::is_same_v<Command, core::SetRelevance>) {
                    command.argument = core::ArgumentId{1};
                }
                if constexpr (std::is_same_v<Command, core::CorrectArgument>) command.text = "Verbeterd.";
                if constexpr (std::is_same_v<Command, core::TagFallacy>) command.fallacy = "ad_hominem";
                if constexpr (std::is_same_v<Command, core::RetractFallacyTag>) command.tag = core::FallacyTagId{1};
                if constexpr (std::is_same_v<Command, core::DecideFlag>) command.flag = core::FlagId{1};
                if constexpr (std::is_same_v<Command, core::FlagFallacy>) command.fallacy = "ad_hominem";
                if constexpr (std::is_same_v<Command, core::Appreciate> || std::is_same_v<Command, core::WithdrawAppreciation>)
                    command.argument = core::ArgumentId{1};
            },
            body);
    }
    return commands;
}

TEST_CASE("every facilitator command sent by a participant is refused and changes nothing", "[net][authorization]") {
    LiveSession live;
    net::EventLoop loop;
    RecordingClient anna(loop, live.participant("Anna"));
    RecordingClient bram(loop, live.participant("Bram"));
    anna->start();
    bram->start();
    REQUIRE(run_until(loop, [&] { return anna->joined() && bram->joined(); }));
    // A running turn with an argument, a fallacy tag, a flag and an open poll.
    for (auto* client : {&anna, &bram}) {
        const auto seat = (*client)->send(core::TakeSeat{{}, core::Side::voor});
        REQUIRE(run_until(loop, [&] { return client->answered(seat); }));
    }
    REQUIRE(live.facilitate(core::GiveFloor{bram->participant(), ""}).accepted());
    REQUIRE(live.facilitate(core::TagArgument{{}, core::ArgumentKind::pro, {}, core::EvidenceKind::none, "Zwemmen is gezond."}).accepted());
    REQUIRE(live.facilitate(core::TagFallacy{{}, {}, "ad_hominem", ""}).accepted());
    const auto flag = anna->send(core::FlagFallacy{{}, {}, {}, "ad_hominem"});
    REQUIRE(run_until(loop, [&] { return anna.answered(flag); }));
    REQUIRE(anna.acks.count(flag) == 1);
    REQUIRE(live.facilitate(core::OpenPoll{}).accepted());

    const auto before = live.state();
    std::vector<std::pair<std::string, std::string>> sent;  // request id, command type
    for (const auto& body : every_command(bram->participant(), before.config)) {
        const bool own_action = participants_may_send(body);
        const auto type = std::visit([](const auto& command) { return std::string(command.type_name); }, body);
        sent.emplace_back(anna->send(body), type + (own_action ? " (for someone else)" : ""));
    }
    REQUIRE(run_until(loop, [&] { return anna->unanswered() == 0; }));
    for (const auto& [request_id, type] : sent) {
        INFO(type);
        CHECK(anna.acks.count(request_id) == 0);
        const bool refused = anna.refusals.count(request_id) == 1;
        const bool not_allowed = anna.has_error(proto::WireCode::not_allowed_here);
        CHECK((refused || not_allowed));
        if (refused) CHECK(anna.refusals.at(request_id).code == core::ReasonCode::not_permitted);
    }
    const auto after = live.state();
    CHECK(after.last_seq == before.last_seq);
}

}  // namespace
