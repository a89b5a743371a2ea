# The bot's profile and command menu: set with setMyDescription, setMyShortDescription and
# setMyCommands for each language at start. /help lists the same lines.
# The commands themselves stay in English (/start, /now ...), as on all of Telegram.

# What a person sees in an empty chat with the bot, before pressing Start (max 512).
bot-description =
    nudger нагадує тобі робити маленькі конкретні речі, завдяки яким твоя кохана людина відчуває твою любов і почувається в безпеці, — саме тоді, коли тобі зручно.

    Такі невеликі, але постійні кроки з часом розвіюють хвилювання коханої людини. Натисни «Почати» — налаштування займе хвилину.
# On the bot's profile page and in shared links (max 120).
bot-short-description = Маленькі підказки у вибраний час, щоб кохана людина відчувала твою любов і почувалася в безпеці.

# One line per command (max 256 each; keep them short).
menu-start = Налаштування з нуля: кохана людина й час підказок
menu-now = Підказка просто зараз
menu-week = Твій тиждень: графік, серія та ідея на наступний
menu-conflict = Три кроки в напружену мить — просто зараз
menu-quiz = Короткий тест, щоб визначити стиль коханої людини
menu-settings = Змінити ім’я, час, стиль, день підсумків і тихі години
menu-pause = Пауза на якийсь час (як-от /pause 1 тиждень) чи до /resume
menu-resume = Знову ввімкнути підказки
menu-invite = Запросити кохану людину з’єднатися з тобою (за бажанням)
menu-partner = З’єднання з коханою людиною: чим ви ділитеся
menu-unlink = Завершити з’єднання з коханою людиною
menu-export = Отримати всі свої дані файлом
menu-delete = Стерти все, що я про тебе знаю
menu-help = Що я вмію

help-intro = Я надсилаю тобі невеликі підказки у вибраний час: щоразу одну конкретну річ, яку можна зробити для коханої людини, — з тих, що допомагають їй почуватися в безпеці. Познач кожну кнопкою «Зроблено», «Пропустити» чи «Відкласти».
# After the list of commands: what linking never shares, said plainly.
help-partners = З’єднання з коханою людиною (/invite) — лише за бажанням, і ви самі вирішуєте, чим ділитися: назвою стилю, тим, що допомагає. Ви ніколи не бачите підказок, відповідей, підсумків тижня, пауз і налаштувань одне одного, а кохана людина ніколи не дізнається, що якась підказка була про неї.
# One line of /help: $command is "/start", $about its menu line.
help-line = { $command } — { $about }
