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
PKGS = jansson yaml-0.1
DEBS = libjansson-dev libyaml-dev check pkg-config
WARN = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes
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
PKG_LIBS = $(shell pkg-config --libs $(PKGS))
CHECK_CFLAGS = $(shell pkg-config --cflags check)
CHECK_LIBS = $(shell pkg-config --libs check)

ALL_CFLAGS = $(WARN) $(DEFS) -Ilib $(CFLAGS) $(SAN) $(PKG_CFLAGS)
ALL_LDFLAGS = $(LDFLAGS) $(SAN)

LIB_SRC = $(wildcard lib/*.c)
LIB_OBJ = $(LIB_SRC:lib/%.c=$(B)/lib/%.o)
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
	@mkdir -p $(B) && touch $@

$(B)/lib/%.o: lib/%.c lib/*.h | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/libsamen.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(B)/bin/%: cmd/%.c $(B)/libsamen.a lib/*.h | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libsamen.a $(ALL_LDFLAGS) $(PKG_LIBS) -lm

$(B)/tools/%: tests/tools/%.c $(B)/libsamen.a lib/*.h | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libsamen.a $(ALL_LDFLAGS) $(PKG_LIBS) -lm

$(B)/tests/%: tests/unit/%.c tests/unit/unit.h $(B)/libsamen.a lib/*.h | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -o $@ $< \
	    $(B)/libsamen.a $(ALL_LDFLAGS) $(CHECK_LIBS) $(PKG_LIBS) -lm

check: $(BINS) $(TOOLS) $(UNITS)
	@B=$(B) VALGRIND=$(VALGRIND) sh tests/run.sh

demo: $(BINS) $(TOOLS)
	@B=$(B) sh examples/demo.sh

bench: $(BINS) $(TOOLS)
	@B=$(B) sh tests/bench/run.sh

install: $(BINS)
	mkdir -p $(DESTDIR)$(BINDIR)
	cp $(BINS) $(DESTDIR)$(BINDIR)/
	for m in $(MANS); do \
		s=$${m##*.}; mkdir -p $(DESTDIR)$(MANDIR)/man$$s; \
		cp $$m $(DESTDIR)$(MANDIR)/man$$s/; \
	done

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(BINDIR)/$$p; done
	for m in $(MANS); do s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m#man/}; done

clean:
	rm -rf build build-san

.PHONY: all check demo bench install uninstall clean
.SECONDARY:
