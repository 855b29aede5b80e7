// The personal part tells the page what the rules let this participant do with the view
// (core/participant_rules): no "overtuigt mij" on her own argument or a question, no
// flag form in her own turn; and a withdrawn mark leaves me.appreciated.
#include <catch2/catch.hpp>

#include <vector>

#include "proto/projection.hpp"
#include "tests/core/session_fixture.hpp"

namespace {

using namespace lagerhuis;
using core::ArgumentId;
using core::ArgumentKind;
using core::Side;
using tests::TestSession;

TEST_CASE("the personal view lists the arguments one may not mark and whether one may flag the turn", "[proto][projection]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen});
    const auto watcher = s.join("Trainer", core::Role::observer);
    const auto [sanne, bram] = std::pair{people[0], people[1]};

    const auto nothing_yet = proto::Projector(s.state(), proto::Presence{}).personal(bram);
    CHECK(nothing_yet.cannot_appreciate.empty());
    CHECK_FALSE(nothing_yet.can_flag);  // no turn yet

    s.give_floor(sanne);
    const auto pro = s.tag_argument(ArgumentKind::pro);
    const auto question = s.tag_argument(ArgumentKind::question);
    const auto retracted = s.tag_argument(ArgumentKind::contra);
    s.lead(core::RetractArgument{retracted});
    s.appreciate(bram, pro);

    const proto::Projector projector(s.state(), proto::Presence{});
    const auto speaker = projector.personal(sanne);
    CHECK(speaker.cannot_appreciate == std::vector<ArgumentId>{pro, question});
    CHECK_FALSE(speaker.can_flag);
    const auto listener = projector.personal(bram);
    CHECK(listener.cannot_appreciate == std::vector<ArgumentId>{question});
    CHECK(listener.appreciated == std::vector<ArgumentId>{pro});
    CHECK(listener.can_flag);
    const auto observer = projector.personal(watcher);
    CHECK(observer.cannot_appreciate == std::vector<ArgumentId>{pro, question});
    CHECK_FALSE(observer.can_flag);

    s.accept(bram, core::WithdrawAppreciation{{}, pro});
    CHECK(proto::Projector(s.state(), proto::Presence{}).personal(bram).appreciated.empty());
}

}  // namespace
