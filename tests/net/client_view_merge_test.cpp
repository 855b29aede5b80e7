// A client merges each batch's sections into its copy of the view in place (reusing what
// it holds when only values changed); the result must be exactly what replacing the
// sections would give: the same text, so the same view_hash as the host's.
#include <catch2/catch.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "proto/projection.hpp"

namespace {

namespace json = boost::json;

json::object merge_case_object(const char* text) { return json::parse(text).as_object(); }

// What merging must equal: each changed section replaced as a whole.
json::object replaced_sections(json::object view, const json::object& changes) {
    for (const auto& section : changes) view[section.key()] = section.value();
    return view;
}

}  // namespace

TEST_CASE("merging a batch into a client's view equals replacing its sections", "[net]") {
    const auto view = merge_case_object(
        R"({"session":{"title":"Zwembad","locked":false},"room":{"present":3,"voor":1,"tegen":1,"twijfel":0,"hands":0},)"
        R"("poll":null,"arguments":[{"id":1,"author":"Anna","text":"Kort","appreciations":0}],"turn":{"speaker":"Anna"}})");
    const char* changes_text = GENERATE(
        // only numbers change: merged in place
        R"({"room":{"present":3,"voor":0,"tegen":2,"twijfel":0,"hands":1}})",
        // a string grows past its storage, another shrinks
        R"({"arguments":[{"id":1,"author":"Anna van der Berg-Jansen","text":"K","appreciations":4}]})",
        // a section appears where there was null, and one becomes null
        R"({"poll":{"id":1,"open":true,"ballots":2},"turn":null})",
        // the shape changes: an item more, a field more, fields in another order
        R"({"arguments":[{"id":1,"author":"Anna","text":"Kort","appreciations":1},{"id":2,"author":"Bram","text":"Lang","appreciations":0}]})",
        R"({"session":{"title":"Zwembad","locked":true,"anonymous":true}})",
        R"({"session":{"locked":true,"title":"Zwembad"}})",
        // a value changes kind
        R"({"room":{"present":"3","voor":0.5,"tegen":[1],"twijfel":{"n":0},"hands":null}})",
        // a section the view did not have yet
        R"({"statement":{"id":2,"text":"Nieuw"}})");
    const auto changes = merge_case_object(changes_text);

    auto merged = view;
    lagerhuis::proto::merge_sections(merged, changes);

    CAPTURE(changes_text);
    CHECK(json::serialize(merged) == json::serialize(replaced_sections(view, changes)));
}
