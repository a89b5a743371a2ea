# /export and /delete.

privacy-no-data-to-export = هیچ داده‌ای از تو ندارم، پس چیزی برای گرفتن خروجی نیست. برای شروع، /start را بفرست.
privacy-no-data-to-delete = هیچ داده‌ای از تو ندارم، پس چیزی برای پاک کردن نیست. برای شروع، /start را بفرست.
# The caption of the JSON file (its keys stay in English, as a data format's do).
privacy-export-caption = همهٔ چیزهایی که از تو نگه داشته‌ام، در یک فایل JSON. زمان‌ها به وقت UTC است. برای پاک کردن همه‌اش، /delete را بفرست.
privacy-delete-warning =
    همه‌چیز پاک شود؟

    با این کار هر چیزی که از تو نگه داشته‌ام پاک می‌شود: اسم و سبک شریک زندگی‌ات، منطقهٔ زمانی‌ات، ساعت تلنگرها و بقیهٔ تنظیمات، همهٔ تلنگرها و اینکه کدام‌ها را علامت زده‌ای، توقف‌های موقتت، جواب‌های پرسش‌نامه، مرورهای هفتگی و دفعه‌هایی که از /conflict استفاده کرده‌ای. این کار برگشت‌پذیر نیست.

    اگر اول یک نسخه از آن‌ها می‌خواهی، پیش از زدن دکمهٔ پایین، /export را بفرست.
privacy-delete-button = بله، همه‌چیز را پاک کن
privacy-keep-button = انصراف
privacy-deleted = پاک شد. هر چیزی که از تو نگه داشته بودم پاک شده و دیگر هیچ‌چیز از تو نمی‌دانم. اگر روزی خواستی برگردی، /start را بفرست تا از نو شروع کنیم. مراقب خودت باش.
privacy-deleted-notice = پاک شد
privacy-kept = چیزی پاک نشد.
privacy-nothing-left = چیزی برای پاک کردن نمانده است: هیچ داده‌ای از تو ندارم.
# A "Yes" from a warning sent before the account was deleted and set up again.
privacy-old-warning = این دکمه مال یک درخواست قدیمی‌تر است، برای همین چیزی پاک نکردم. اگر هنوز می‌خواهی داده‌هایت پاک شود، دوباره /delete را بفرست.
