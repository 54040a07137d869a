-- CổngKit store, schema 2: the content the directive names, as rows an editor, an import
-- ("congkit import documents") or the vendor's own tool writes: the commune's documents and their
-- files, news categories and articles, photo albums and their photos, videos. The sections
-- documents, news and gallery keep only their settings in ck_section; their lists live here.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.

-- documents.items[]: one row per document, by its slug (number and year: 05-qd-ubnd-2026).
create table ck_document (
    site_id      bigint         not null references ck_site (id) on delete cascade,
    slug         varchar(200)   not null,
    sort_order   integer        not null,
    doc_type     varchar(20)    not null,   -- QUYET_DINH, KE_HOACH, CONG_VAN, ...
    doc_number   varchar(100)   not null,   -- số/ký hiệu, 05/QĐ-UBND
    issued       date           not null,
    issuer       varchar(500)   not null,
    summary      text,                      -- trích yếu
    signer       varchar(500),
    effective    date,
    expires      date,
    field        varchar(200),              -- lĩnh vực
    published    date,                      -- posted on the portal
    primary key (site_id, slug)
);
create index ck_document_published on ck_document (site_id, published);

-- documents.items[].files[]
create table ck_document_file (
    site_id     bigint          not null,
    parent      varchar(200)    not null,   -- the document's slug
    sort_order  integer         not null,
    title       varchar(1000)   not null,
    url         varchar(2000)   not null,
    bytes       bigint,
    format      varchar(20),
    primary key (site_id, parent, sort_order),
    foreign key (site_id, parent) references ck_document (site_id, slug) on delete cascade
);

-- news.categories[]: a campaign column has its window (valid_from, valid_until).
create table ck_news_category (
    site_id      bigint         not null references ck_site (id) on delete cascade,
    id           varchar(100)   not null,
    sort_order   integer        not null,
    name         varchar(500)   not null,
    name_en      varchar(500),
    parent       varchar(100),
    page_path    varchar(2000),
    valid_from   date,
    valid_until  date,
    primary key (site_id, id)
);

-- news.articles[]: the body is HTML as the sanitiser left it; it is sanitised again when read.
create table ck_article (
    site_id        bigint          not null references ck_site (id) on delete cascade,
    slug           varchar(200)    not null,
    sort_order     integer         not null,
    title          varchar(1000)   not null,
    summary        text,
    published      timestamp       not null,   -- Vietnam time, as written
    updated        timestamp,
    author         varchar(500),
    source         varchar(500),
    category       varchar(100)    not null,
    image_src      varchar(2000),
    image_alt      varchar(1000),
    image_caption  text,
    image_credit   varchar(500),
    image_width    integer,
    image_height   integer,
    body           text            not null,
    primary key (site_id, slug)
);
create index ck_article_published on ck_article (site_id, published);

-- gallery.albums[] and their photos; a photo's resized variants are a small JSON list.
create table ck_album (
    site_id      bigint          not null references ck_site (id) on delete cascade,
    slug         varchar(200)    not null,
    sort_order   integer         not null,
    title        varchar(1000)   not null,
    album_date   date            not null,
    description  text,
    primary key (site_id, slug)
);

create table ck_photo (
    site_id     bigint          not null,
    parent      varchar(200)    not null,   -- the album's slug
    sort_order  integer         not null,
    src         varchar(2000)   not null,
    full_src    varchar(2000),
    alt         varchar(1000)   not null,
    caption     text            not null,
    width       integer,
    height      integer,
    variants    text,                       -- [{"src": "/a-480.jpg", "width": 480}]
    primary key (site_id, parent, sort_order),
    foreign key (site_id, parent) references ck_album (site_id, slug) on delete cascade
);

-- gallery.videos[]
create table ck_video (
    site_id        bigint          not null references ck_site (id) on delete cascade,
    sort_order     integer         not null,
    title          varchar(1000)   not null,
    video_date     date            not null,
    src            varchar(2000)   not null,
    poster         varchar(2000)   not null,
    captions       varchar(2000)   not null,
    captions_lang  varchar(35),
    description    text,
    media_type     varchar(100),
    primary key (site_id, sort_order)
);
