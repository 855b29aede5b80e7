#!/usr/bin/env bash
# Unity builds (LAGERHUIS_UNITY, the asan and fuzz presets) compile a library's files
# several at a time in one translation unit, in batches that shift as files are added. Two
# files with the same private name (in an anonymous namespace, or static) then collide in
# some batch, and the build breaks far from the change that caused it. This check lists
# every private name defined in more than one file of the same library, for all batchings
# at once. Fix: a name that says which file it belongs to, or one shared definition.
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/../.." && pwd)}"
cd "$root"
status=0
for library in app cli core demo host net proto report store; do
  [ -d "$library" ] || continue
  clashes=$(ctags -f - --fields=+sK --c++-kinds=fvcsgtu --extras=-q "$library"/*.cpp |
    awk -F'\t' '{
      scope = ""; is_static = 0
      for (i = 4; i <= NF; i++) {
        if ($i ~ /^(namespace|class|struct|function|union|enum):/) scope = $i
        if ($i ~ /^file:/) is_static = 1
      }
      private_scope = (scope ~ /^namespace:(.*::)?__anon[0-9a-f]+$/)
      static_free = (is_static && (scope == "" || scope ~ /^namespace:/) && $1 !~ /^__anon/)
      if (private_scope || static_free) print $1 "\t" $2
    }' | sort -u | awk -F'\t' '{ files[$1] = files[$1] " " $2; count[$1]++ }
      END { for (name in count) if (count[name] > 1) print "  " name ":" files[name] }' | sort)
  if [ -n "$clashes" ]; then
    echo "$library/: private names defined in more than one file (they collide in a unity build):"
    echo "$clashes"
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "private names: each defined in one file per library"
exit "$status"
