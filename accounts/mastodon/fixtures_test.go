package mastodon

// Response bodies shaped as docs.joinmastodon.org documents them
// (methods/statuses, methods/media, methods/notifications,
// methods/instance, methods/accounts, entities/ScheduledStatus).

const accountJSON = `{
  "id": "14715",
  "username": "trwnh",
  "acct": "trwnh",
  "display_name": "Riverside Clinic",
  "locked": false,
  "bot": false,
  "created_at": "2016-11-24T10:02:12.085Z",
  "note": "<p>Family practice.</p>",
  "url": "https://mastodon.example/@trwnh",
  "avatar": "https://files.mastodon.example/accounts/avatars/000/014/715/original/34aa222f4ae2e0a9.png",
  "avatar_static": "https://files.mastodon.example/accounts/avatars/000/014/715/original/34aa222f4ae2e0a9.png",
  "header": "https://files.mastodon.example/accounts/headers/000/014/715/original/5c6fc24edb3bb873.jpg",
  "header_static": "https://files.mastodon.example/accounts/headers/000/014/715/original/5c6fc24edb3bb873.jpg",
  "followers_count": 821,
  "following_count": 178,
  "statuses_count": 33120,
  "last_status_at": "2019-11-24T15:49:42.251Z",
  "source": {"privacy": "public", "sensitive": false, "language": "", "note": "Family practice.", "fields": [], "follow_requests_count": 0},
  "emojis": [],
  "fields": []
}`

const statusJSON = `{
  "id": "103254962155278888",
  "created_at": "2019-12-05T11:34:47.196Z",
  "in_reply_to_id": null,
  "in_reply_to_account_id": null,
  "sensitive": false,
  "spoiler_text": "",
  "visibility": "public",
  "language": "en",
  "uri": "https://mastodon.example/users/trwnh/statuses/103254962155278888",
  "url": "https://mastodon.example/@trwnh/103254962155278888",
  "replies_count": 0,
  "reblogs_count": 0,
  "favourites_count": 0,
  "favourited": false,
  "reblogged": false,
  "muted": false,
  "bookmarked": false,
  "pinned": false,
  "content": "<p>Flu clinic Saturday 9–12.</p>",
  "reblog": null,
  "application": {"name": "CarePost", "website": "https://github.com/carepost/carepost"},
  "account": {"id": "14715", "username": "trwnh", "acct": "trwnh", "display_name": "Riverside Clinic", "url": "https://mastodon.example/@trwnh"},
  "media_attachments": [],
  "mentions": [],
  "tags": [],
  "emojis": [],
  "card": null,
  "poll": null
}`

const replyStatusJSON = `{
  "id": "103254962155278999",
  "created_at": "2019-12-05T11:40:00.000Z",
  "in_reply_to_id": "103186126728896492",
  "in_reply_to_account_id": "971724",
  "sensitive": false,
  "spoiler_text": "",
  "visibility": "public",
  "language": "en",
  "uri": "https://mastodon.example/users/trwnh/statuses/103254962155278999",
  "url": "https://mastodon.example/@trwnh/103254962155278999",
  "replies_count": 0,
  "reblogs_count": 0,
  "favourites_count": 0,
  "content": "<p>Thanks!</p>",
  "reblog": null,
  "account": {"id": "14715", "username": "trwnh", "acct": "trwnh"},
  "media_attachments": [],
  "mentions": [],
  "tags": [],
  "emojis": [],
  "card": null,
  "poll": null
}`

const scheduledJSON = `{
  "id": "3221",
  "scheduled_at": "2019-12-05T12:33:01.000Z",
  "params": {
    "text": "Flu clinic Saturday 9–12.",
    "media_ids": null,
    "sensitive": null,
    "spoiler_text": null,
    "visibility": "public",
    "scheduled_at": null,
    "poll": null,
    "idempotency": "draft-42-mastodon",
    "in_reply_to_id": null,
    "application_id": 596551
  },
  "media_attachments": []
}`

// mediaJSON is a MediaAttachment; url may be "null" (ProcessingMediaAttachment).
func mediaJSON(id, url, description string) string {
	return `{
  "id": "` + id + `",
  "type": "image",
  "url": ` + url + `,
  "preview_url": "https://files.mastodon.example/media_attachments/files/022/348/641/small/cebc6d51be03e509.jpeg",
  "remote_url": null,
  "text_url": "https://mastodon.example/media/4Zj6ewxzzzDi0g8JnZQ",
  "meta": {
    "focus": {"x": -0.42, "y": 0.69},
    "original": {"width": 640, "height": 480, "size": "640x480", "aspect": 1.3333333333333333},
    "small": {"width": 461, "height": 346, "size": "461x346", "aspect": 1.3323699421965318}
  },
  "description": "` + description + `",
  "blurhash": "UFBWY:8_0Jxv4mx]t8t64.%M-:IUWGWAt6M}"
}`
}

const instanceV2JSON = `{
  "domain": "mastodon.example",
  "title": "Mastodon",
  "version": "4.3.0",
  "source_url": "https://github.com/mastodon/mastodon",
  "description": "A small server",
  "usage": {"users": {"active_month": 1234}},
  "thumbnail": {"url": "https://files.mastodon.example/site_uploads/files/000/000/001/@1x/57c12f441d083cde.png"},
  "languages": ["en"],
  "configuration": {
    "urls": {"streaming": "wss://mastodon.example"},
    "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 4},
    "statuses": {"max_characters": 1000, "max_media_attachments": 6, "characters_reserved_per_url": 23},
    "media_attachments": {"supported_mime_types": ["image/jpeg", "image/png"], "description_limit": 1500, "image_size_limit": 10485760, "image_matrix_limit": 16777216},
    "polls": {"max_options": 4, "max_characters_per_option": 50, "min_expiration": 300, "max_expiration": 2629746},
    "translation": {"enabled": true}
  },
  "registrations": {"enabled": false, "approval_required": false, "message": null},
  "api_versions": {"mastodon": 2},
  "contact": {"email": "staff@mastodon.example"},
  "rules": []
}`

const instanceV1JSON = `{
  "uri": "mastodon.example",
  "title": "Mastodon",
  "short_description": "A small server",
  "description": "",
  "email": "staff@mastodon.example",
  "version": "3.5.3",
  "urls": {"streaming_api": "wss://mastodon.example"},
  "stats": {"user_count": 812, "status_count": 38151, "domain_count": 2109},
  "languages": ["en"],
  "registrations": false,
  "approval_required": false,
  "invites_enabled": true,
  "configuration": {
    "statuses": {"max_characters": 700, "max_media_attachments": 4, "characters_reserved_per_url": 23},
    "media_attachments": {"supported_mime_types": ["image/jpeg"], "image_size_limit": 10485760},
    "polls": {"max_options": 4, "max_characters_per_option": 50, "min_expiration": 300, "max_expiration": 2629746}
  },
  "contact_account": null,
  "rules": []
}`

// notificationsPage1 is newest first, as GET /api/v1/notifications answers.
const notificationsPage1 = `[
  {
    "id": "34975861",
    "type": "mention",
    "created_at": "2019-11-23T07:49:02.064Z",
    "account": {"id": "971724", "username": "zsc", "acct": "zsc", "display_name": "Zoe", "url": "https://mastodon.example/@zsc"},
    "status": {
      "id": "103186126728896492",
      "created_at": "2019-11-23T07:49:01.940Z",
      "in_reply_to_id": "103186038209478945",
      "in_reply_to_account_id": "14715",
      "sensitive": false,
      "spoiler_text": "",
      "visibility": "public",
      "uri": "https://mastodon.example/users/zsc/statuses/103186126728896492",
      "url": "https://mastodon.example/@zsc/103186126728896492",
      "replies_count": 0, "reblogs_count": 0, "favourites_count": 0,
      "content": "<p><span class=\"h-card\"><a href=\"https://mastodon.example/@trwnh\" class=\"u-url mention\">@<span>trwnh</span></a></span> are you open Saturday?</p><p>Asking for my mum &amp; dad<br />Thanks &lt;3</p>",
      "account": {"id": "971724", "username": "zsc", "acct": "zsc"},
      "mentions": [{"id": "14715", "username": "trwnh", "url": "https://mastodon.example/@trwnh", "acct": "trwnh"}]
    }
  },
  {
    "id": "34975700",
    "type": "mention",
    "created_at": "2019-11-23T07:40:00.000Z",
    "account": {"id": "297420", "username": "haskal", "acct": "haskal@cybre.space", "display_name": "haskal"},
    "status": {
      "id": "103186100000000000",
      "created_at": "2019-11-23T07:39:59.000Z",
      "in_reply_to_id": null,
      "in_reply_to_account_id": null,
      "spoiler_text": "",
      "uri": "https://cybre.space/users/haskal/statuses/103186100000000000",
      "url": "https://cybre.space/@haskal/103186100000000000",
      "content": "<p>Shout-out to <span class=\"h-card\"><a href=\"https://mastodon.example/@trwnh\" class=\"u-url mention\">@<span>trwnh</span></a></span>: see <a href=\"https://example.com/page/that/is/very/long\" rel=\"nofollow noopener noreferrer\" target=\"_blank\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">example.com/page</span><span class=\"invisible\">/that/is/very/long</span></a></p>",
      "account": {"id": "297420", "username": "haskal", "acct": "haskal@cybre.space"}
    }
  }
]`

const notificationsPage2 = `[
  {
    "id": "34975535",
    "type": "favourite",
    "created_at": "2019-11-23T07:29:18.903Z",
    "account": {"id": "297420", "username": "haskal", "acct": "haskal@cybre.space", "display_name": "haskal"},
    "status": {
      "id": "103186046267791694",
      "created_at": "2019-11-23T07:28:34.210Z",
      "in_reply_to_id": null,
      "uri": "https://mastodon.example/users/trwnh/statuses/103186046267791694",
      "url": "https://mastodon.example/@trwnh/103186046267791694",
      "content": "<p>Flu clinic Saturday 9–12.</p>",
      "account": {"id": "14715", "username": "trwnh", "acct": "trwnh"}
    }
  },
  {
    "id": "34975400",
    "type": "reblog",
    "created_at": "2019-11-23T07:20:00.000Z",
    "account": {"id": "971724", "username": "zsc", "acct": "zsc", "display_name": "Zoe"},
    "status": {
      "id": "103186046267791694",
      "created_at": "2019-11-23T07:28:34.210Z",
      "in_reply_to_id": null,
      "uri": "https://mastodon.example/users/trwnh/statuses/103186046267791694",
      "url": "https://mastodon.example/@trwnh/103186046267791694",
      "content": "<p>Flu clinic Saturday 9–12.</p>",
      "account": {"id": "14715", "username": "trwnh", "acct": "trwnh"}
    }
  },
  {
    "id": "999",
    "type": "follow",
    "created_at": "2019-11-23T07:10:00.000Z",
    "account": {"id": "55", "username": "newpatient", "acct": "newpatient@other.example", "display_name": "New Patient", "url": "https://other.example/@newpatient"}
  }
]`
