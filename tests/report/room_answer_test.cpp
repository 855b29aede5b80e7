// Did the better arguments win the room? The verdict against the shift of seats.
#include <catch2/catch.hpp>

#include "report/room_answer.hpp"

namespace lagerhuis::tests {
namespace {

core::StatementReport statement(core::Side verdict, std::optional<core::SideCounts> shift) {
    core::StatementReport report;
    report.verdict = verdict;
    report.shift = shift;
    return report;
}

}  // namespace

TEST_CASE("the better arguments won the room when the side that argued better gained seats", "[report]") {
    using core::Side;
    using report::RoomAnswer;
    CHECK(report::better_arguments_won(statement(Side::tegen, core::SideCounts{-1, 3, -2})) == RoomAnswer::yes);
    CHECK(report::better_arguments_won(statement(Side::voor, core::SideCounts{-1, 3, -2})) == RoomAnswer::no);
    CHECK(report::better_arguments_won(statement(Side::voor, core::SideCounts{1, 1, -2})) == RoomAnswer::undecided);
    CHECK(report::better_arguments_won(statement(Side::twijfel, core::SideCounts{3, -1, -2})) == RoomAnswer::undecided);
    CHECK(report::better_arguments_won(statement(Side::voor, std::nullopt)) == RoomAnswer::undecided);
    CHECK(std::string(report::room_answer_key(RoomAnswer::no)) == "no");
}

}  // namespace lagerhuis::tests
