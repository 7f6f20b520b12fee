# samen: see README.md.  GNU make.
#
#   make                  build programs into build/bin
#   make check            build and run every test; ends "N passed, N failed"
#   make check SANITIZE=1 the same under AddressSanitizer + UBSan (build-san/)
#   make check VALGRIND=1 the same with every program and test under valgrind
#   make demo             the main job on the example municipality
#   make bench            throughput against jq and jansson, peak memory
#   make install          PREFIX=/usr/local DESTDIR=

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man

CC ?= cc
CFLAGS ?= -O2 -g
PKGS = jansson yaml-0.1 xlsxwriter
# ReadStat and libcsv come without a pkg-config file: linked by name.
NOPKG_LIBS = -lreadstat -lcsv
DEBS = libjansson-dev libyaml-dev check pkg-config libreadstat-dev \
    libcsv-dev libxlsxwriter-dev pspp
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
BINS = $(PROGS:%=$(B)/bin/%)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNITS = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
TOOL_SRC = $(wildcard tests/tools/*.c)
TOOLS = $(TOOL_SRC:tests/tools/%.c=$(B)/tools/%)
MANS = $(wildcard man/*.[1-9])

all: $(BINS) $(TOOLS)

$(B)/.deps:
	@sh tests/deps.sh $(DEBS)
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

$(B)/tools/%: tests/tools/%.c $(B)/libsupport.a $(B)/libsamen.a | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -o $@ $< $(B)/libsupport.a \
	    $(B)/libsamen.a $(ALL_LDFLAGS) $(PKG_LIBS) -lm

$(B)/tests/%: tests/unit/%.c $(B)/libsupport.a $(B)/libsamen.a | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) $(CHECK_CFLAGS) -o $@ $< \
	    $(B)/libsupport.a $(B)/libsamen.a $(ALL_LDFLAGS) $(CHECK_LIBS) \
	    $(PKG_LIBS) -lm

check: $(BINS) $(TOOLS) $(UNITS)
	@B=$(B) VALGRIND=$(VALGRIND) sh tests/run.sh

demo: $(BINS) $(TOOLS)
	@B=$(B) sh examples/demo.sh

bench: $(BINS) $(TOOLS)
	@B=$(B) sh tests/bench/run.sh

install: $(BINS)
	install -d $(DESTDIR)$(BINDIR)
	install -m 755 $(BINS) $(DESTDIR)$(BINDIR)/
	for m in $(MANS); do \
		s=$${m##*.}; install -d $(DESTDIR)$(MANDIR)/man$$s; \
		install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s/; \
	done

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(BINDIR)/$$p; done
	for m in $(MANS); do s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m#man/}; done

clean:
	rm -rf build build-san

-include $(wildcard $(B)/dep/*.d)

.PHONY: all check demo bench install uninstall clean
.SECONDARY:
