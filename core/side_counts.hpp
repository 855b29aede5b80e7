#pragma once
// How many chose each side: a poll's tally, a bench's count.

namespace lagerhuis::core {

struct SideCounts {
    int voor = 0;
    int tegen = 0;
    int twijfel = 0;
    int total() const { return voor + tegen + twijfel; }
    friend bool operator==(const SideCounts&, const SideCounts&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("voor", s.voor); f("tegen", s.tegen); f("twijfel", s.twijfel); }
};

}  // namespace lagerhuis::core
