#include "platform/arguments.hpp"

namespace lagerhuis::platform {

std::vector<std::string> utf8_arguments(int argc, char** argv) {
    return argc > 1 ? std::vector<std::string>(argv + 1, argv + argc) : std::vector<std::string>{};
}

}  // namespace lagerhuis::platform
