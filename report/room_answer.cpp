#include "report/room_answer.hpp"

namespace lagerhuis::report {

core::Side ahead(const core::SideCounts& counts) {
    using core::Side;
    return counts.voor > counts.tegen ? Side::voor : counts.tegen > counts.voor ? Side::tegen : Side::twijfel;
}

RoomAnswer better_arguments_won(const core::StatementReport& statement) {
    if (statement.verdict == core::Side::twijfel || !statement.shift) return RoomAnswer::undecided;
    const core::Side gained = ahead(*statement.shift);
    if (gained == core::Side::twijfel) return RoomAnswer::undecided;
    return gained == statement.verdict ? RoomAnswer::yes : RoomAnswer::no;
}

const char* room_answer_key(RoomAnswer answer) {
    switch (answer) {
        case RoomAnswer::yes: return "yes";
        case RoomAnswer::no: return "no";
        case RoomAnswer::undecided: return "undecided";
    }
    return "undecided";
}

}  // namespace lagerhuis::report
