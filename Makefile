# samen: see README.md.  GNU make.
#
#   make                  build programs into build/bin
#   make check            build and run every test; ends "N passed, N failed"
#   make check SANITIZE=1 the same under AddressSanitizer + UBSan (build-san/)
#   make check VALGRIND=1 the same with every program and test under valgrind
#   make demo             the main job on the example municipality
#   make bench            throughput against jq and jansson, peak memory
#   make fuzz             each libFuzzer harness FUZZ_SECONDS (build-fuzz/)
#   make install          PREFIX=/usr/local DESTDIR=

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
EXAMPLEDIR ?= $(PREFIX)/share/samen/examples

CC ?= cc
CFLAGS ?= -O2 -g
PKGS = jansson yaml-0.1 gmp xlsxwriter
# ReadStat and libcsv come without a pkg-config file: linked by name.
NOPKG_LIBS = -lreadstat -lcsv
# What each job needs, as tests/deps.sh installs it when missing (KIND:NAME=
# Debian package): the build, then what the demo, the tests and the bench use.
# (xlsxwriter links -lz, whose libz.so only zlib1g-dev ships.)
BUILD_NEEDS = cmd:cc=gcc cmd:pkg-config=pkg-config pc:jansson=libjansson-dev \
	pc:yaml-0.1=libyaml-dev pc:gmp=libgmp-dev pc:check=check \
	pc:xlsxwriter=libxlsxwriter-dev pc:zlib=zlib1g-dev \
	h:readstat.h=libreadstat-dev h:csv.h=libcsv-dev
DEMO_NEEDS = cmd:jq=jq
# The page tests drive Debian's chromium with playwright-core, pinned in
# tests/browser/package-lock.json and put in build/node by npm ci, and
# render the pages' italic serif from fonts-dejavu-extra; pb-import-errors.t
# measures memory with /usr/bin/time; README examples page through less.
CHECK_NEEDS = cmd:jq=jq cmd:pandoc=pandoc cmd:pspp=pspp cmd:unzip=unzip cmd:mandoc=mandoc cmd:parallel=parallel cmd:mlr=miller \
	cmd:/usr/bin/time=time cmd:less=less \
	file:/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf=fonts-dejavu-extra \
	cmd:ip=iproute2 cmd:/usr/sbin/sshd=openssh-server cmd:ssh=openssh-client $(if $(filter 1,$(VALGRIND)),cmd:valgrind=valgrind) \
	cmd:chromium=chromium cmd:node=nodejs cmd:npm=npm npm:playwright-core=tests/browser
BENCH_NEEDS = cmd:jq=jq cmd:/usr/bin/time=time
WARN = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wformat=2
# -Werror in make check, in CI and in a DEVELOPER=1 build; a user's plain
# make only warns, so a newer compiler's new warning does not stop an install.
ifneq ($(filter check,$(MAKECMDGOALS))$(DEVELOPER)$(CI),)
WARN += -Werror
endif
DEFS = -D_DEFAULT_SOURCE -D_FILE_OFFSET_BITS=64

ifeq ($(SANITIZE),1)
B = build-san
SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else
B = build
SAN =
endif

# Expanded when a recipe runs, so after the deps target has installed them.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS = $(shell pkg-config --libs $(PKGS)) $(NOPKG_LIBS)
CHECK_CFLAGS = $(shell pkg-config --cflags check)
CHECK_LIBS = $(shell pkg-config --libs check)

# Header dependencies, one .d a target, kept out of build/bin.
DEPFLAGS = -MMD -MP -MF $(B)/dep/$(subst /,_,$@).d
ALL_CFLAGS = $(WARN) $(DEFS) -Ilib $(DEPFLAGS) $(CFLAGS) $(SAN) $(PKG_CFLAGS)
TEST_CFLAGS = -Itests/support
ALL_LDFLAGS = $(LDFLAGS) $(SAN)

# lib/ holds one folder a room (lib/README): core, num, base, then the
# domains registry, survey, accounts and advice.
ROOMS = core num base registry survey accounts advice
LIB_SRC = $(foreach r,$(ROOMS),$(wildcard lib/$(r)/*.c))
LIB_OBJ = $(LIB_SRC:lib/%.c=$(B)/lib/%.o)
SUPPORT_SRC = $(wildcard tests/support/*.c)
SUPPORT_OBJ = $(SUPPORT_SRC:tests/support/%.c=$(B)/support/%.o)
PROGS = $(patsubst cmd/%.c,%,$(wildcard cmd/*.c))
# Programs written in sh (scripts/NAME.sh), installed beside the others.
SCRIPTS = $(patsubst scripts/%.sh,%,$(wildcard scripts/*.sh))
VERSION = $(shell sed -n 's/.*SAMEN_VERSION "\(.*\)"/\1/p' lib/core/opt.h)
BINS = $(PROGS:%=$(B)/bin/%) $(SCRIPTS:%=$(B)/bin/%)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNITS = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
TOOL_SRC = $(wildcard tests/tools/*.c)
TOOLS = $(TOOL_SRC:tests/tools/%.c=$(B)/tools/%)
# The fuzz harnesses (tests/fuzz/fuzz_*.c): make check replays the saved
# inputs through each, built by $(CC) with tests/fuzz/replay.c.
FUZZ = $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_REPLAYS = $(FUZZ:%=$(B)/fuzz/%)
MANS = $(wildcard man/*.[1-9])
EXAMPLES = $(shell git ls-files examples 2>/dev/null || find examples -type f)

all: $(BINS) $(TOOLS)

$(B)/.deps:
	@sh tests/deps.sh $(BUILD_NEEDS)
	@mkdir -p $(B)/dep && touch $@

$(B)/lib/%.o: lib/%.c | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/support/%.o: tests/support/%.c | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -c -o $@ $<

$(B)/libsamen.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

# Code only the tests and the generators use (the PRNG) is kept out of
# libsamen.a, so that no program can come to depend on it.
$(B)/libsupport.a: $(SUPPORT_OBJ)
	rm -f $@
	$(AR) rcs $@ $(SUPPORT_OBJ)

$(B)/bin/%: cmd/%.c $(B)/libsamen.a | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libsamen.a $(ALL_LDFLAGS) $(PKG_LIBS) -lm

$(B)/bin/%: scripts/%.sh lib/core/opt.h
	@mkdir -p $(@D)
	sed 's/@VERSION@/$(VERSION)/g' $< >$@.tmp && chmod 755 $@.tmp && mv $@.tmp $@

$(B)/tools/%: tests/tools/%.c $(B)/libsupport.a $(B)/libsamen.a | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -o $@ $< $(B)/libsupport.a \
	    $(B)/libsamen.a $(ALL_LDFLAGS) $(PKG_LIBS) -lm

$(B)/tests/%: tests/unit/%.c $(B)/libsupport.a $(B)/libsamen.a | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) $(CHECK_CFLAGS) -o $@ $< \
	    $(B)/libsupport.a $(B)/libsamen.a $(ALL_LDFLAGS) $(CHECK_LIBS) \
	    $(PKG_LIBS) -lm

$(B)/fuzz/%: tests/fuzz/%.c tests/fuzz/replay.c tests/fuzz/memfile.c \
    $(B)/libsamen.a | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz -o $@ $< tests/fuzz/replay.c \
	    tests/fuzz/memfile.c $(B)/libsamen.a $(ALL_LDFLAGS) $(PKG_LIBS) -lm

check: $(BINS) $(TOOLS) $(UNITS) $(FUZZ_REPLAYS)
	@sh tests/deps.sh $(CHECK_NEEDS)
	@B=$(B) VALGRIND=$(VALGRIND) sh tests/run.sh

demo: $(BINS) $(TOOLS)
	@sh tests/deps.sh $(DEMO_NEEDS)
	@B=$(B) sh examples/demo.sh

bench: $(BINS) $(TOOLS)
	@sh tests/deps.sh $(BENCH_NEEDS)
	@B=$(B) sh tests/bench/run.sh

# make fuzz: the harnesses of tests/fuzz under libFuzzer, with ASan, UBSan
# and LeakSanitizer, the library built again by clang for them in
# build-fuzz/; each runs FUZZ_SECONDS, one after the other, and any crash
# or leak fails the run (tests/fuzz/run.sh says where the input is kept).
FUZZ_SECONDS ?= 10
FZ = build-fuzz
FUZZ_FLAGS = $(filter-out -Werror,$(WARN)) $(DEFS) -Ilib -Itests/fuzz \
	-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=all $(PKG_CFLAGS)
FUZZ_OBJ = $(LIB_SRC:lib/%.c=$(FZ)/lib/%.o)

$(FZ)/.deps:
	@sh tests/deps.sh $(BUILD_NEEDS) cmd:clang=clang
	@CC=clang sh tests/deps.sh h:sanitizer/lsan_interface.h=libclang-rt-14-dev
	@mkdir -p $(FZ)/dep && touch $@

$(FZ)/lib/%.o: lib/%.c | $(FZ)/.deps
	@mkdir -p $(@D)
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link \
	    -MMD -MP -MF $(FZ)/dep/$(subst /,_,$@).d -c -o $@ $<

$(FZ)/libsamen.a: $(FUZZ_OBJ)
	rm -f $@
	$(AR) rcs $@ $(FUZZ_OBJ)

$(FZ)/%: tests/fuzz/%.c tests/fuzz/memfile.c tests/fuzz/fuzz.h $(FZ)/libsamen.a
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< tests/fuzz/memfile.c \
	    $(FZ)/libsamen.a $(PKG_LIBS) -lm

fuzz: $(FUZZ:%=$(FZ)/%)
	@FZ=$(FZ) FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run.sh $(FUZZ)

install: $(BINS)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(EXAMPLEDIR)
	install -m 755 $(BINS) $(DESTDIR)$(BINDIR)/
	for f in $(EXAMPLES); do \
		d=$(DESTDIR)$(EXAMPLEDIR)/$${f#examples/}; \
		install -d $$(dirname $$d); \
		if [ -x $$f ]; then install -m 755 $$f $$d; \
		else install -m 644 $$f $$d; fi; \
	done
	for m in $(MANS); do \
		s=$${m##*.}; install -d $(DESTDIR)$(MANDIR)/man$$s; \
		install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s/; \
	done

uninstall:
	for p in $(PROGS) $(SCRIPTS); do rm -f $(DESTDIR)$(BINDIR)/$$p; done
	rm -rf $(DESTDIR)$(EXAMPLEDIR)
	for m in $(MANS); do s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m#man/}; done

clean:
	rm -rf build build-san $(FZ)

-include $(wildcard $(B)/dep/*.d)
ifneq ($(filter fuzz,$(MAKECMDGOALS)),)
-include $(wildcard $(FZ)/dep/*.d)
endif

.PHONY: all check demo bench fuzz install uninstall clean
.SECONDARY:
