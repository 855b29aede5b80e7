#pragma once
// The session as CSV tables, one file each, for a trainer's own spreadsheet or a
// researcher's script. Column names are fixed English identifiers (stable for scripts);
// values use the wire names of the schema (voor, tegen, twijfel; pro, contra, ...), and the
// names of drogredenen and rules come in the chosen language beside their ids.
//
//   statements.csv    verdict, positions, shift, crossings per statement
//   turns.csv         one row per turn
//   arguments.csv     one row per argument: τ, σ, attack, support, what became of it
//   fallacies.csv     one row per drogreden in a turn (however many flags named it)
//   flags.csv         one row per flag a participant raised
//   crossings.csv     one row per floor crossing, with the turn and arguments before it
//   polls.csv         the tallies of every secret poll
//   votes.csv         one row per ballot: with the voter only when the session's ballots
//                     were not anonymous (SessionRules::anonymous_ballots); anonymous
//                     ballots are listed sorted by choice, so not even the order tells
//   participants.csv  the measures per person, as in the feedback cards
#include <string>
#include <vector>

#include "core/message_catalog.hpp"
#include "core/scoreboard.hpp"
#include "core/state.hpp"
#include "report/csv_writer.hpp"

namespace lagerhuis::report {

struct CsvOptions {
    core::Language language = core::Language::nl;  // of the names of drogredenen and rules
    CsvDialect dialect;
};

struct CsvFile {
    std::string name;  // "turns.csv"
    std::string text;  // BOM + CRLF rows, the header first
    std::size_t rows = 0;  // data rows, without the header
};

std::vector<CsvFile> csv_tables(const core::State& state, const core::Scoreboard& board, const core::MessageCatalog& messages,
                                const CsvOptions& options);

}  // namespace lagerhuis::report
