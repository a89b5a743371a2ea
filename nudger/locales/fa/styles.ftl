# The partner's style, the parts of the day, and the kinds of care: the names every feature
# shows. A style's description is one plain line beside its button, never a diagnosis.
# Persian (fa): the names follow the glossary; each description describes a need, not a label.

style-anxious = اضطرابی
    .description = اغلب نگران رابطه است و با در تماس بودن و اطمینان‌بخشی آرام‌تر می‌شود
style-avoidant = اجتنابی
    .description = استقلالش برایش مهم است و وقتی رابطه خیلی نزدیک یا پرتنش می‌شود، ممکن است فاصله بگیرد
style-secure = ایمن
    .description = بیشتر وقت‌ها هم با نزدیکی راحت است و هم با وقت‌هایی که از هم دورید
style-fearful = هر دو
    .description = هم دلش نزدیکی می‌خواهد و هم نسبت به آن محتاط است، برای همین گاهی نزدیک می‌شود و گاهی عقب می‌کشد
style-unknown = مطمئن نیستم
    .description = اگر هنوز مطمئن نیستی، چند سؤال کوتاه کمک می‌کند (می‌توانی از آن‌ها بگذری)

# Evening: the window starts at 17:00; «شب» keeps the three buttons short.
window-morning = صبح
window-afternoon = بعدازظهر
window-evening = شب
